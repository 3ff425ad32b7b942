/** Custom Elements Manifest analyzer: reads the JSDoc on the widget classes. */
export default {
  globs: ['src/**/*.ts'],
  // The manifest describes the elements; styles, texts and drawings are their insides, and a
  // change there must not make the manifest stale.
  exclude: ['src/content/**', 'src/styles/**', 'src/**/*.styles.ts', 'src/**/icons.ts', 'src/**/illustrations.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // Modules in path order, whatever order the file system lists them in, so the committed
      // manifest is the same on every machine and the staleness check is fair.
      name: 'sort-modules-by-path',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
