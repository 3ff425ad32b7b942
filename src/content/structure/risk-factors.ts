export const RISK_FACTOR_IDS = [
  'heavy-lifting',
  'twisting-bending',
  'static-posture',
  'sedentary-work',
  'repetitive-work',
  'sudden-effort',
  'vibration',
  'overweight',
  'little-exercise',
  'stress',
  'smoking',
  'pregnancy',
] as const;
export type RiskFactorId = (typeof RISK_FACTOR_IDS)[number];

/** Factors that make pain last (the KNGF "yellow flags"). */
export const LASTING_FACTOR_IDS = [
  'fear-of-moving',
  'low-mood',
  'worry',
  'passive-coping',
  'work-stress',
  'earlier-episodes',
  'much-limitation',
  'leg-pain',
] as const;
export type LastingFactorId = (typeof LASTING_FACTOR_IDS)[number];
