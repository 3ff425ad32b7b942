/** What the integration generators read from custom-elements.json, and a path helper for dist/. */
import { posix } from 'node:path';

/** Each registered tag: its class, the module declaring it and the define module registering it. */
export function definitionsOf(manifest) {
  const definitions = manifest.modules.flatMap((module) =>
    (module.exports ?? [])
      .filter((entry) => entry.kind === 'custom-element-definition')
      .map((entry) => {
        const declaration = manifest.modules
          .find((candidate) => candidate.path === entry.declaration.module)
          ?.declarations?.find((candidate) => candidate.name === entry.declaration.name);
        if (!declaration) throw new Error(`${module.path}: <${entry.name}> names ${entry.declaration.name}, which the manifest does not declare`);
        return { tag: entry.name, className: entry.declaration.name, classModule: entry.declaration.module, defineModule: module.path, declaration };
      }),
  );
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && !definitions.some((definition) => definition.declaration === declaration)) {
        throw new Error(`custom-elements.json: no define module registers <${declaration.tagName}> (${declaration.name}); run \`npm run analyze\``);
      }
    }
  }
  if (definitions.length === 0) throw new Error('custom-elements.json has no custom-element-definition: run `npm run analyze`');
  return definitions;
}

/** An import specifier from one dist file to another. */
export function relative(from, to) {
  const path = posix.relative(posix.dirname(from), to);
  return path.startsWith('.') ? path : `./${path}`;
}
