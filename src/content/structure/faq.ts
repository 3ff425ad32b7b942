export const FAQ_IDS = [
  'what-is-it',
  'how-common',
  'causes',
  'who-gets-it',
  'symptoms',
  'how-long',
  'sciatica',
  'scan',
  'scan-useful',
  'what-helps',
  'physiotherapist',
  'load-again',
  'work',
  'recurrence',
  'pregnancy',
  'when-gp',
] as const;
export type FaqId = (typeof FAQ_IDS)[number];
