/** Custom Elements Manifest analyzer: reads the JSDoc on the widget classes. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/content/nl.ts', 'src/content/en.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
