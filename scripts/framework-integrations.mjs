/**
 * The Vue, Svelte and Angular entry points, generated from the manifest's definitions by
 * scripts/build-integrations.mjs:
 * - dist/vue/: `GlobalComponents` in `vue`, so that vue-tsc checks each tag's props and `@event`
 *   handlers; its module exports `isCustomElement` for the Vue compiler options;
 * - dist/svelte/: `SvelteHTMLElements` in `svelte/elements`, attributes and `on<event>` handlers;
 * - dist/angular/: a standalone directive per tag, in Angular's partial compilation format (what
 *   ng-packagr publishes, linked by the Angular CLI's build), with an `input()` per property
 *   that it sets on the element and an `output()` per event that it re-emits.
 * Every type points at the element class (`BackPainRedflags['theme']`) or at
 * `GlobalEventHandlersEventMap`, so the sources stay the one place where a type is written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { relative } from './manifest-definitions.mjs';

const generated = '// Generated from custom-elements.json by scripts/build-integrations.mjs.';

/** The Angular release whose partial compilation format the directives follow (see the README). */
const angularFormat = { version: '21.2.26', minVersion: '17.1.0', factoryMinVersion: '12.0.0' };

/** `redflags-result` → `RedflagsResult`. */
const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());
const camel = (name) => pascal(name).replace(/^./, (letter) => letter.toLowerCase());

function oneLine(text = '') {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();
}

/** The documented public attributes and events of a definition, each with its JSDoc line. */
function apiOf({ declaration }) {
  const fieldDoc = (name) => declaration.members?.find((member) => member.name === name)?.description;
  return {
    attributes: (declaration.attributes ?? [])
      .filter((attribute) => attribute.fieldName)
      .map((attribute) => ({ ...attribute, doc: oneLine(attribute.description ?? fieldDoc(attribute.fieldName)) })),
    events: (declaration.events ?? []).filter((event) => event.name).map((event) => ({ ...event, doc: oneLine(event.description) })),
  };
}

export const eventOf = [
  '/** The event type the element declares in GlobalEventHandlersEventMap. */',
  'type EventOf<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : CustomEvent<unknown>;',
];

/** Type-only imports of every element class, aliased `<Class>Element`. */
function classImports(file, definitions) {
  return definitions.map(
    ({ className, classModule }) => `import type { ${className} as ${className}Element } from '${relative(file, classModule)}';`,
  );
}

export function writeVueTypes(definitions) {
  const file = 'dist/vue/index.d.ts';
  const dts = [generated, "import type { DefineComponent, HTMLAttributes } from 'vue';", ...classImports(file, definitions), '', ...eventOf, ''];
  const components = [];
  for (const definition of definitions) {
    const { tag, className } = definition;
    const { attributes, events } = apiOf(definition);
    // Vue matches `heading-level` and `@redflags-result` to `headingLevel` and `onRedflagsResult`.
    dts.push(`/** \`<${tag}>\` in a Vue template. ${oneLine(definition.declaration.summary)} */`, `export interface ${className}Props {`);
    for (const attribute of attributes) dts.push(`  /** ${attribute.doc} */`, `  ${attribute.fieldName}?: ${className}Element['${attribute.fieldName}'];`);
    for (const event of events) dts.push(`  /** ${event.doc} */`, `  on${pascal(event.name)}?: (event: EventOf<'${event.name}'>) => void;`);
    dts.push('}', '');
    // The global attributes too (`id`, `hidden`, `aria-*`): with vue-tsc's `strictTemplates`, any other is an error.
    components.push(`    '${tag}': DefineComponent<${className}Props & Omit<HTMLAttributes, keyof ${className}Props>>;`);
  }
  dts.push("declare module 'vue' {", '  interface GlobalComponents {', ...components, '  }', '}', '');
  dts.push('/** For `compilerOptions.isCustomElement` of `@vitejs/plugin-vue`: true for the widgets\' tags. */');
  dts.push('export declare function isCustomElement(tag: string): boolean;');
  const tags = definitions.map(({ tag }) => `'${tag}'`).join(', ');
  const js = [generated, `const tags = new Set([${tags}]);`, '', 'export function isCustomElement(tag) {', '  return tags.has(tag);', '}'];
  write(file, dts);
  write('dist/vue/index.js', js);
}

export function writeSvelteTypes(definitions) {
  const file = 'dist/svelte/index.d.ts';
  const dts = [generated, "import type { HTMLAttributes } from 'svelte/elements';", ...classImports(file, definitions), '', ...eventOf, ''];
  const elements = [];
  for (const definition of definitions) {
    const { tag, className } = definition;
    const { attributes, events } = apiOf(definition);
    // Svelte 5 sets a prop as a property when the element has one, else as an attribute.
    dts.push(`/** \`<${tag}>\` in Svelte markup. ${oneLine(definition.declaration.summary)} */`, `export interface ${className}Attributes {`);
    for (const attribute of attributes) dts.push(`  /** ${attribute.doc} */`, `  '${attribute.name}'?: ${className}Element['${attribute.fieldName}'] | null;`);
    for (const event of events) dts.push(`  /** ${event.doc} */`, `  'on${event.name}'?: (event: EventOf<'${event.name}'>) => void;`);
    dts.push('}', '');
    elements.push(`    '${tag}': Omit<HTMLAttributes<${className}Element>, keyof ${className}Attributes> & ${className}Attributes;`);
  }
  dts.push("declare module 'svelte/elements' {", '  interface SvelteHTMLElements {', ...elements, '  }', '}');
  write(file, dts);
  // An empty module, so that `import 'back-pain-widgets/svelte'` also works where types are not read.
  write('dist/svelte/index.js', [generated, 'export {};']);
}

export function writeAngularDirectives(definitions) {
  const index = { js: [generated], dts: [generated] };
  for (const definition of definitions) {
    const { tag, className, classModule, defineModule } = definition;
    const { attributes, events } = apiOf(definition);
    const directive = `${className}Directive`;
    const file = `dist/angular/${tag}.js`;
    const inputs = attributes.map((attribute) => attribute.fieldName);
    const outputs = events.map((event) => ({ ...event, output: camel(event.name) }));
    const js = [
      generated,
      "import * as i0 from '@angular/core';",
      // The define module, so that using the directive registers its element.
      `import '${relative(file, defineModule)}';`,
      '',
      `/** \`<${tag}>\` with typed inputs and outputs. ${oneLine(definition.declaration.summary)} */`,
      `export class ${directive} {`,
      ...inputs.map((name) => `  ${name} = i0.input();`),
      ...outputs.map(({ output }) => `  ${output} = i0.output();`),
      '  constructor() {',
      '    const element = i0.inject(i0.ElementRef).nativeElement;',
      // An input that was never bound stays undefined and leaves the element's default alone.
      `    for (const name of ${JSON.stringify(inputs)}) {`,
      '      i0.effect(() => {',
      '        const value = this[name]();',
      '        if (value !== undefined) element[name] = value;',
      '      });',
      '    }',
      ...outputs.map(({ name, output }) => `    element.addEventListener('${name}', (event) => this.${output}.emit(event));`),
      '  }',
      `  static ɵfac = i0.ɵɵngDeclareFactory({ minVersion: '${angularFormat.factoryMinVersion}', version: '${angularFormat.version}', ngImport: i0, type: ${directive}, deps: [], target: i0.ɵɵFactoryTarget.Directive });`,
      `  static ɵdir = i0.ɵɵngDeclareDirective({ minVersion: '${angularFormat.minVersion}', version: '${angularFormat.version}', type: ${directive}, isStandalone: true, selector: '${tag}', inputs: { ${inputs
        .map((name) => `${name}: { classPropertyName: '${name}', publicName: '${name}', isSignal: true, isRequired: false, transformFunction: null }`)
        .join(', ')} }, outputs: { ${outputs.map(({ output }) => `${output}: '${output}'`).join(', ')} }, ngImport: i0 });`,
      '}',
    ];
    const dts = [
      generated,
      "import type * as i0 from '@angular/core';",
      `import type { ${className} as ${className}Element } from '${relative(file, classModule)}';`,
      '',
      ...eventOf,
      '',
      `/** \`<${tag}>\` with typed inputs and outputs. ${oneLine(definition.declaration.summary)} */`,
      `export declare class ${directive} {`,
      ...attributes.flatMap((attribute) => [
        `  /** ${attribute.doc} */`,
        `  readonly ${attribute.fieldName}: i0.InputSignal<${className}Element['${attribute.fieldName}'] | undefined>;`,
      ]),
      ...outputs.flatMap(({ name, output, doc }) => [`  /** ${doc} */`, `  readonly ${output}: i0.OutputEmitterRef<EventOf<'${name}'>>;`]),
      `  static ɵfac: i0.ɵɵFactoryDeclaration<${directive}, never>;`,
      `  static ɵdir: i0.ɵɵDirectiveDeclaration<${directive}, '${tag}', never, { ${inputs
        .map((name) => `'${name}': { alias: '${name}'; required: false; isSignal: true }`)
        .join('; ')} }, { ${outputs.map(({ output }) => `'${output}': '${output}'`).join('; ')} }, never, never, true, never>;`,
      '}',
    ];
    write(file, js);
    write(file.replace(/\.js$/, '.d.ts'), dts);
    index.js.push(`export { ${directive} } from './${tag}.js';`);
    index.dts.push(`export { ${directive} } from './${tag}.js';`);
  }
  write('dist/angular/index.js', index.js);
  write('dist/angular/index.d.ts', index.dts);
}

/**
 * Reads back what was written: every tag, attribute and event of the manifest must be in each
 * framework's types, so that a change to the generator cannot leave one out unnoticed.
 */
export function checkFrameworkTypes(definitions) {
  const vue = readFileSync('dist/vue/index.d.ts', 'utf8');
  const svelte = readFileSync('dist/svelte/index.d.ts', 'utf8');
  const problems = [];
  for (const definition of definitions) {
    const { tag, className } = definition;
    const { attributes, events } = apiOf(definition);
    const angular = readFileSync(`dist/angular/${tag}.d.ts`, 'utf8');
    const section = (text, start) => text.slice(text.indexOf(start), text.indexOf('\n}', text.indexOf(start)));
    const vueProps = section(vue, `export interface ${className}Props {`);
    const svelteAttributes = section(svelte, `export interface ${className}Attributes {`);
    const expected = [
      ['vue', vue, `'${tag}': DefineComponent<${className}Props & `],
      ['svelte', svelte, `'${tag}': Omit<HTMLAttributes<${className}Element>`],
      ['angular', angular, `i0.ɵɵDirectiveDeclaration<${className}Directive, '${tag}'`],
      ...attributes.flatMap(({ name, fieldName }) => [
        ['vue', vueProps, `  ${fieldName}?: ${className}Element['${fieldName}'];`],
        ['svelte', svelteAttributes, `  '${name}'?: ${className}Element['${fieldName}'] | null;`],
        ['angular', angular, `'${fieldName}': { alias: '${fieldName}'; required: false; isSignal: true }`],
      ]),
      ...events.flatMap(({ name }) => [
        ['vue', vueProps, `  on${pascal(name)}?: (event: EventOf<'${name}'>) => void;`],
        ['svelte', svelteAttributes, `  'on${name}'?: (event: EventOf<'${name}'>) => void;`],
        ['angular', angular, `'${camel(name)}': '${camel(name)}'`],
      ]),
    ];
    for (const [framework, text, line] of expected) {
      if (!text.includes(line)) problems.push(`${framework}: <${tag}> lacks ${line.trim()}`);
    }
  }
  if (problems.length > 0) throw new Error(`The framework types do not match custom-elements.json:\n${problems.join('\n')}`);
}

function write(file, lines) {
  mkdirSync(posix.dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n`);
}
