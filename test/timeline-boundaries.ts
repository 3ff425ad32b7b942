import type { PhaseId } from '../src/content/structure.js';

/**
 * Days on and around each phase boundary, with the phase they belong to. The number is whole days
 * since the pain started, as the timeline's `day` attribute and the guided check take it: 0 is
 * the day it started, which people call day 1, so 42 is day 43, the first day after 6 weeks.
 */
export const PHASE_BOUNDARY_DAYS: readonly [number, PhaseId][] = [
  [0, 'first-days'],
  [1, 'first-days'],
  [2, 'first-days'],
  [3, 'first-week'],
  [5, 'first-week'],
  [6, 'first-week'],
  [7, 'weeks-2-6'],
  [40, 'weeks-2-6'],
  [41, 'weeks-2-6'],
  [42, 'after-6-weeks'],
  [82, 'after-6-weeks'],
  [83, 'after-6-weeks'],
  [84, 'after-12-weeks'],
  [85, 'after-12-weeks'],
  [365, 'after-12-weeks'],
  [1000, 'after-12-weeks'],
];
