import { LIFTING_TOPICS, type LiftingTopic } from '../content/structure.js';

export interface ParsedTopics {
  /** The known topics, in the order written, each once. */
  topics: LiftingTopic[];
  /** The words that name no topic, as written. */
  unknown: string[];
}

const isTopic = (word: string): word is LiftingTopic => (LIFTING_TOPICS as readonly string[]).includes(word);

/**
 * Splits a `topics` attribute such as "lifting sitting" into known topics and unknown words.
 * Like HTML's own keywords, topics match regardless of case.
 */
export function parseTopics(value: string): ParsedTopics {
  const topics: LiftingTopic[] = [];
  const unknown: string[] = [];
  for (const word of value.split(/\s+/)) {
    if (!word) continue;
    const topic = word.toLowerCase();
    if (!isTopic(topic)) unknown.push(word);
    else if (!topics.includes(topic)) topics.push(topic);
  }
  return { topics, unknown };
}
