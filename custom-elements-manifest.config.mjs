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
      // Internal state is declared in `static properties` with `state: true`, which the analyzer
      // reads as an attribute. A private field is never part of the element's API.
      name: 'private-fields-are-not-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
          const privateFields = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
          );
          for (const member of declaration.members ?? []) if (privateFields.has(member.name)) delete member.attribute;
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !privateFields.has(attribute.fieldName));
          }
        }
      },
    },
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
