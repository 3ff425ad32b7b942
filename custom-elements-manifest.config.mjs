/** Custom Elements Manifest analyzer: reads the JSDoc on the widget classes. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/content/nl.ts', 'src/content/en.ts'],
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
