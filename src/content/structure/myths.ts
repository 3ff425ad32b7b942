export const MYTH_IDS = [
  'straight-back',
  'bed-rest',
  'scan-shows-cause',
  'pain-means-damage',
  'dont-move',
  'only-physical',
  'belt-helps',
  'surgery-fixes',
] as const;
export type MythId = (typeof MYTH_IDS)[number];
