export const LIFTING_TOPICS = ['lifting', 'turning', 'sitting', 'standing-up', 'bed', 'sleeping', 'sport'] as const;
export type LiftingTopic = (typeof LIFTING_TOPICS)[number];
