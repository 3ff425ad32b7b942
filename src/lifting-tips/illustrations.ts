import { svg } from 'lit';
import type { LiftingTopic } from '../content/structure.js';

/**
 * Line drawings in a 64 × 64 box, one per topic, drawn for this library. They take their colour
 * from `currentColor`; their text alternative is `topics[topic].illustration` in the content,
 * so a drawing and its description must change together.
 */
export const illustrations: Record<LiftingTopic, ReturnType<typeof svg>> = {
  // Squatting with bent knees, a box held close to the chest.
  lifting: svg`<circle cx="22" cy="13" r="5"/><path d="M21 19l-4 22 16 3-4 13h6M21 24l7 9h2M4 58h56"/><rect x="30" y="25" width="15" height="14" rx="1"/>`,
  // Sitting in a car's doorway, legs and body turned out together, feet on the ground; an arrow turns.
  turning: svg`<path d="M24 44H4v-9l6-3 5-10h14l5 10"/><circle cx="13" cy="46" r="5"/><circle cx="34" cy="19" r="5"/><path d="M4 58h56M33 25l-2 17h12v14h4M31 42h9v14h4M32 30l-6 10M48 24a12 12 0 0 1 7 12m-4-1 4 2 2-5"/>`,
  // Upright chair with lower-back support and armrest, a desk at elbow height.
  sitting: svg`<circle cx="19" cy="15" r="5"/><path d="M10 22v36M10 46h18v12M10 35h14M10 36c4 1 4 7 0 8M18 21l-2 20h14v15h4M18 27l4 8h14M38 35h24M58 35v23M4 58h58"/>`,
  // On the front edge of the seat, one foot under the chair, hands on the armrests, pushing up.
  'standing-up': svg`<circle cx="36" cy="16" r="5"/><path d="M8 22v36M8 46h18v12M8 34h16v12M33 22l-9 19 11 3-5 13h5M24 41l13 1 4 15h5M32 25l-8 9M4 58h56M52 32V16m-5 5 5-5 5 5"/>`,
  // At the edge of the bed, legs over the side, pushing up with both arms.
  bed: svg`<circle cx="20" cy="20" r="5"/><path d="M4 40h40v6H4zM4 46v10M44 46v10M4 34v6M7 37h9M24 24l14 14h12v16h4M26 26l-4 12M27 27l3 11M4 58h56"/>`,
  // Above: on the back, a pillow under the knees. Below: on the side, knees drawn up.
  sleeping: svg`<rect x="3" y="17" width="10" height="5" rx="2.5"/><circle cx="9" cy="12" r="4"/><rect x="30" y="17" width="12" height="9" rx="4"/><rect x="3" y="49" width="10" height="5" rx="2.5"/><circle cx="9" cy="44" r="4"/><path d="M13 16h15l8-8 8 8h12M2 26h60M13 47c6 3 12 3 17 1l7-9 9 5M16 48l8-6M2 58h60"/>`,
  // A person walking and a person cycling.
  sport: svg`<circle cx="14" cy="10" r="4"/><circle cx="34" cy="51" r="7"/><circle cx="56" cy="51" r="7"/><circle cx="49" cy="17" r="4"/><path d="M14 14l-1 18-5 10-1 14M13 32l6 10 2 12M14 18l-6 9M14 18l6 8M34 51l8-14h12l2 14M42 37l4 12M40 34h5M54 37l-1-5h3M43 34l4-13M47 23l7 9M43 34l8 6-4 9M4 60h56"/>`,
};
