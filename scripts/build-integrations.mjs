/**
 * Everything that frameworks and editors need, generated from custom-elements.json after `tsc`
 * has written dist/, so a widget added later gets it all without hand work:
 * - dist/custom-elements-jsx.d.ts: JSX types for every tag (attributes, properties, typed
 *   events), referenced from dist/index.d.ts and each define module's types, so that
 *   `import 'back-pain-widgets'` is all a TSX file needs;
 * - dist/react/: a React component per widget (`@lit/react`), with events as `on<Event>` props;
 * - dist/vue/, dist/svelte/, dist/angular/: typed templates in those frameworks (see
 *   scripts/framework-integrations.mjs);
 * - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json, dist/web-types.json:
 *   completion and docs in VS Code and JetBrains editors.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { checkFrameworkTypes, eventOf, writeAngularDirectives, writeSvelteTypes, writeVueTypes } from './framework-integrations.mjs';
import { definitionsOf, relative } from './manifest-definitions.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const jsxTypesFile = 'dist/custom-elements-jsx.d.ts';

const definitions = definitionsOf(manifest);

await writeJsxTypes();
writeReactWrappers();
writeVueTypes(definitions);
writeSvelteTypes(definitions);
writeAngularDirectives(definitions);
checkFrameworkTypes(definitions);
writeEditorData();
console.log(`Generated JSX types, React wrappers, Vue, Svelte and Angular types and editor data for ${definitions.length} widgets.`);

async function writeJsxTypes() {
  await generateJsxTypes(manifest, {
    outdir: posix.dirname(jsxTypesFile),
    fileName: posix.basename(jsxTypesFile),
    stronglyTypedEvents: true,
    componentTypePath: (_name, _tag, modulePath) => relative(jsxTypesFile, modulePath),
  });
  // Each entry that registers elements brings their JSX types along.
  const entries = new Set(['dist/index.js', ...definitions.map((definition) => definition.defineModule)]);
  for (const entry of entries) {
    const typesFile = entry.replace(/\.js$/, '.d.ts');
    const reference = `/// <reference path="${relative(typesFile, jsxTypesFile)}" />\n`;
    const types = readFileSync(typesFile, 'utf8');
    if (!types.startsWith(reference)) writeFileSync(typesFile, reference + types);
  }
}

/** `redflags-result` → `onRedflagsResult`. */
function eventProp(eventName) {
  return `on-${eventName}`.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

/**
 * One module per widget in dist/react/, re-exported by dist/react/index.js. The modules have no
 * side effects of their own (package.json `sideEffects` does not list them), so a bundler drops
 * the wrappers an app does not use, and with them the widgets they would register.
 */
function writeReactWrappers() {
  const generated = '// Generated from custom-elements.json by scripts/build-integrations.mjs.';
  const index = { js: [generated, "'use client';"], dts: [generated] };
  mkdirSync('dist/react', { recursive: true });
  for (const { tag, className, classModule, defineModule, declaration } of definitions) {
    const file = `dist/react/${tag}.js`;
    const events = (declaration.events ?? []).filter((event) => event.name);
    const js = [
      generated,
      "'use client';",
      "import * as React from 'react';",
      "import { createComponent } from '@lit/react';",
      // The define module, so that rendering the component registers its element.
      `import { ${className} as ${className}Element } from '${relative(file, defineModule)}';`,
      '',
      `export const ${className} = createComponent({`,
      '  react: React,',
      `  tagName: '${tag}',`,
      `  elementClass: ${className}Element,`,
      `  events: { ${events.map((event) => `${eventProp(event.name)}: '${event.name}'`).join(', ')} },`,
      `  displayName: '${className}',`,
      '});',
    ];
    const dts = [
      generated,
      "import type { EventName, ReactWebComponent } from '@lit/react';",
      `import type { ${className} as ${className}Element } from '${relative(file, classModule)}';`,
      '',
      ...eventOf,
      '',
      `/** \`<${tag}>\` as a React component. ${oneLine(declaration.summary)} */`,
      `export declare const ${className}: ReactWebComponent<${className}Element, {`,
      ...events.flatMap((event) => [
        `  /** ${oneLine(event.description)} */`,
        `  ${eventProp(event.name)}: EventName<EventOf<'${event.name}'>>;`,
      ]),
      '}>;',
    ];
    writeFileSync(file, `${js.join('\n')}\n`);
    writeFileSync(file.replace(/\.js$/, '.d.ts'), `${dts.join('\n')}\n`);
    index.js.push(`export { ${className} } from './${tag}.js';`);
    index.dts.push(`export { ${className} } from './${tag}.js';`);
  }
  writeFileSync('dist/react/index.js', `${index.js.join('\n')}\n`);
  writeFileSync('dist/react/index.d.ts', `${index.dts.join('\n')}\n`);
}

function oneLine(text = '') {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();
}

function writeEditorData() {
  const options = { hideLogs: true };
  const css = JSON.parse(getVsCodeCssCustomData(manifest, options));
  // Every widget lists the shared --bp-* properties of its base; editors need each once.
  css.properties = [...new Map(css.properties.map((property) => [property.name, property])).values()];
  writeJson('dist/vscode.html-custom-data.json', JSON.parse(getVsCodeHtmlCustomData(manifest, options)));
  writeJson('dist/vscode.css-custom-data.json', css);
  // The web-types `source` lets JetBrains editors add the import for a tag.
  const webTypes = getWebTypesData(manifest, { ...options, modulePathTemplate: (_name, modulePath) => modulePath });
  writeJson('dist/web-types.json', JSON.parse(webTypes));
}

function writeJson(file, data) {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
