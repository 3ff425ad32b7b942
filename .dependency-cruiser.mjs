/**
 * The source's layers, bottom first; imports only point down, and no module is part of a cycle
 * (`npm run lint`):
 *
 *   dates  ←  content  ←  internal, styles  ←  the widgets  ←  check  ←  index.ts, loader.ts
 *
 * A widget imports shared code, never another widget; the guided check may use every widget.
 * Type-only imports count too: a cycle of types is still two modules that cannot be read alone.
 */
const WIDGETS = 'src/(redflags|faq|lifting-tips|myths|recovery-timeline|risk-factors|selfcare|treatments|walking-program)/';

export default {
  forbidden: [
    { name: 'no-cycle', severity: 'error', from: {}, to: { circular: true } },
    { name: 'dates-import-nothing', severity: 'error', from: { path: '^src/dates/' }, to: { path: '^src/', pathNot: '^src/dates/' } },
    { name: 'content-imports-only-dates', severity: 'error', from: { path: '^src/content/' }, to: { path: '^src/', pathNot: '^src/(dates|content)/' } },
    { name: 'shared-code-imports-no-widget', severity: 'error', from: { path: '^src/(internal|styles)/' }, to: { path: '^src/', pathNot: '^src/(dates|content|internal|styles)/' } },
    { name: 'widget-imports-no-other-widget', severity: 'error', from: { path: `^${WIDGETS}` }, to: { path: '^src/', pathNot: ['^src/(dates|content|internal|styles)/', '^src/$1/'] } },
    { name: 'check-imports-no-entry-point', severity: 'error', from: { path: '^src/check/' }, to: { path: '^src/(index|loader)\\.ts$' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
