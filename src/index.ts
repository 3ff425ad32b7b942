/**
 * Every widget, registered. Import a single widget's `define` module instead to ship less:
 * `import 'back-pain-widgets/back-pain-redflags/define'`.
 */
export * from './redflags/define.js';
export * from './selfcare/define.js';
export * from './walking-program/define.js';
export * from './myths/define.js';
export * from './risk-factors/define.js';
export * from './lifting-tips/define.js';
export * from './recovery-timeline/define.js';
export * from './faq/define.js';
export * from './treatments/define.js';
export * from './check/define.js';
export type { RedFlagsResultDetail } from './redflags/back-pain-redflags.js';
export type { CheckCompleteDetail, CheckStepDetail } from './check/back-pain-check.js';
export { assessRedFlags, type Answers, type Assessment } from './redflags/triage.js';
