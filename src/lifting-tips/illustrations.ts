import { svg, type SVGTemplateResult } from 'lit';
import type { LiftingTopic } from '../content/structure.js';

/**
 * Line drawings in a 64 × 64 box, drawn for this library: one per topic, or one per step where
 * the movement has steps. Strokes only, in `currentColor`, so they follow the theme and stay
 * visible in forced colours. Their text alternatives are in the content: `illustration` names a
 * single drawing or the set of steps, and `steps` names each step, so a drawing and its words
 * must change together.
 */
export const illustrations: Record<LiftingTopic, readonly SVGTemplateResult[]> = {
  lifting: [
    // Squatting beside the box, knees bent, reaching for it.
    svg`<circle cx="25" cy="21" r="5"/><path d="M23 26l-7 20 12-4-3 16M21 31l15 14M4 58h56"/><rect x="36" y="44" width="16" height="14" rx="1"/>`,
    // Still squatting, the box pulled in against the body.
    svg`<circle cx="25" cy="21" r="5"/><path d="M23 26l-7 20 12-4-3 16M21 31l6 5M4 58h56"/><rect x="27" y="29" width="14" height="12" rx="1"/>`,
    // Standing up straight, the box held close to the chest.
    svg`<circle cx="26" cy="9" r="5"/><path d="M26 14v24l-4 20M26 38l4 20M26 18l6 6M4 58h56"/><rect x="28" y="20" width="12" height="11" rx="1"/>`,
  ],
  turning: [
    // Sitting in a car's doorway, legs and body turned out together, feet on the ground; an arrow turns.
    svg`<path d="M24 44H4v-9l6-3 5-10h14l5 10"/><circle cx="13" cy="46" r="5"/><circle cx="34" cy="19" r="5"/><path d="M4 58h56M33 25l-2 17h12v14h4M31 42h9v14h4M32 30l-6 10M48 24a12 12 0 0 1 7 12m-4-1 4 2 2-5"/>`,
  ],
  sitting: [
    // Upright chair with lower-back support and armrest, a desk at elbow height.
    svg`<circle cx="19" cy="15" r="5"/><path d="M10 22v36M10 46h18v12M10 35h14M10 36c4 1 4 7 0 8M18 21l-2 20h14v15h4M18 27l4 8h14M38 35h24M58 35v23M4 58h58"/>`,
  ],
  'standing-up': [
    // On the front edge of the seat, one foot back, hands on the armrests.
    svg`<circle cx="22" cy="22" r="5"/><path d="M8 22v36M8 44h18v14M8 36h12M22 27v17h12l-3 14M22 31l-2 5M4 58h56"/>`,
    // Leaning forward, pushing on the armrests.
    svg`<circle cx="31" cy="24" r="5"/><path d="M8 22v36M8 44h18v14M8 36h12M28 29l-6 15h12l-3 14M27 32l-7 4M4 58h56"/>`,
    // Standing beside the chair.
    svg`<circle cx="38" cy="10" r="5"/><path d="M8 22v36M8 44h18v14M8 36h12M38 15v23l-3 20M38 38l3 20M38 19l-2 15M4 58h56"/>`,
  ],
  bed: [
    // Lying on the side at the edge of the bed, knees bent.
    svg`<circle cx="10" cy="29" r="4"/><path d="M4 36h44v6H4zM6 42v14M46 42v14M14 32h16l8-6 6 6M2 58h60"/>`,
    // Legs over the edge, pushing up on one arm.
    svg`<circle cx="22" cy="20" r="5"/><path d="M4 36h44v6H4zM6 42v14M46 42v14M24 25l8 11h16l6 20M25 28l-7 8M2 58h60"/>`,
    // Sitting on the edge of the bed, feet on the floor.
    svg`<circle cx="40" cy="15" r="5"/><path d="M4 36h44v6H4zM6 42v14M46 42v14M40 20v16h12v22M40 24l-4 12M2 58h60"/>`,
  ],
  sleeping: [
    // Above: on the back, a pillow under the knees. Below: on the side, knees drawn up.
    svg`<rect x="3" y="17" width="10" height="5" rx="2.5"/><circle cx="9" cy="12" r="4"/><rect x="30" y="17" width="12" height="9" rx="4"/><rect x="3" y="49" width="10" height="5" rx="2.5"/><circle cx="9" cy="44" r="4"/><path d="M13 16h15l8-8 8 8h12M2 26h60M13 47c6 3 12 3 17 1l7-9 9 5M16 48l8-6M2 58h60"/>`,
  ],
  sport: [
    // A person walking and a person cycling.
    svg`<circle cx="14" cy="10" r="4"/><circle cx="34" cy="51" r="7"/><circle cx="56" cy="51" r="7"/><circle cx="49" cy="17" r="4"/><path d="M14 14l-1 18-5 10-1 14M13 32l6 10 2 12M14 18l-6 9M14 18l6 8M34 51l8-14h12l2 14M42 37l4 12M40 34h5M54 37l-1-5h3M43 34l4-13M47 23l7 9M43 34l8 6-4 9M4 60h56"/>`,
  ],
};
