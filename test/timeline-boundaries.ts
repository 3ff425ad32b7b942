import type { PhaseId } from '../src/content/structure.js';

/** Days on and around each phase boundary, with the phase they belong to. */
export const PHASE_BOUNDARY_DAYS: readonly [number, PhaseId][] = [
  [0, 'first-days'],
  [1, 'first-days'],
  [2, 'first-days'],
  [3, 'first-week'],
  [6, 'first-week'],
  [7, 'first-week'],
  [8, 'weeks-2-6'],
  [41, 'weeks-2-6'],
  [42, 'weeks-2-6'],
  [43, 'after-6-weeks'],
  [83, 'after-6-weeks'],
  [84, 'after-6-weeks'],
  [85, 'after-12-weeks'],
  [86, 'after-12-weeks'],
  [365, 'after-12-weeks'],
  [1000, 'after-12-weeks'],
];
