/**
 * Drop-in files for a script tag, built from the ES modules that `tsc` writes to dist/:
 *
 * - dist/cdn/loader.js: defines only the widgets a page shows. Lit and the shared base are one
 *   chunk, each widget another, and each widget's texts a chunk per language, Dutch included
 *   (dist/cdn/chunks/, dist/cdn/locales/). A page that shows many widgets at once gets them all
 *   in one chunk (chunks/all-<hash>.js), with its texts one chunk per language.
 * - dist/cdn/back-pain-widgets.js with every widget, and one file per widget (<tag>.js). Each is
 *   whole on its own (Lit and the Dutch texts included); other languages are chunks in
 *   dist/cdn/locales/, one per section, fetched only when a widget shows that language.
 *
 * Text chunks are named for what they hold and for the texts of the whole build
 * (locales/en-timeline-<texts hash>.js), not for the code: a new release of the code with the same
 * texts keeps their names, so a cache keeps them.
 *
 * The widgets come from widgets.json.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { privateMembers } from './scripts/private-members.mjs';
import { widgets } from './scripts/widgets.mjs';

const defineModule = (folder) => `dist/${folder}/define.js`;

const { BUILT_IN_LOCALES } = await import(resolve('dist/content/registry.js'));

/**
 * One hash of every built-in text module (dist/content/<locale>.js and dist/content/<locale>/),
 * in the name of each text chunk: it changes when any text does, and only then.
 */
const TEXTS = createHash('sha256')
  .update(
    BUILT_IN_LOCALES.flatMap((locale) => [
      `dist/content/${locale}.js`,
      ...readdirSync(`dist/content/${locale}`).filter((file) => file.endsWith('.js')).sort().map((file) => `dist/content/${locale}/${file}`),
    ])
      .map((file) => `${file}\n${readFileSync(file, 'utf8')}`)
      .join('\n'),
  )
  .digest('base64url')
  .slice(0, 8);

/** The language and part of a text chunk's module (`en`, `red-flags`; `all` for content/<lang>.js), or undefined. */
function textsOf(moduleId) {
  const module = moduleId?.replaceAll('\\', '/') ?? '';
  const texts = module.match(/content\/([\w-]+)\/([\w-]+)\.js$/);
  if (texts && texts[1] !== 'load') return { locale: texts[1], part: texts[2] };
  const language = module.match(/content\/([\w-]+)\.js$/);
  return language && BUILT_IN_LOCALES.includes(language[1]) ? { locale: language[1], part: 'all' } : undefined;
}

/** The widget a module defines (dist/<folder>/define.js), or undefined. */
const definedBy = (id) => widgets.find(({ folder }) => id.replaceAll('\\', '/').endsWith(`/dist/${folder}/define.js`));

/** Chunks are named for what they hold: locales/en-red-flags-<texts hash>.js, chunks/lifting-tips-<hash>.js. */
function chunkFileNames(chunk) {
  const module = chunk.facadeModuleId?.replaceAll('\\', '/') ?? '';
  const texts = textsOf(module);
  if (texts) return `locales/${texts.locale}-${texts.part}-${TEXTS}.js`;
  // A widget whose module another widget imports (the red-flag check, in the guided check) is a
  // chunk without a facade: find its define module among the chunk's modules.
  const widget = definedBy(module) ?? chunk.moduleIds.map(definedBy).find(Boolean);
  return `chunks/${widget?.tag ?? '[name]'}-[hash].js`;
}

/**
 * Chunk names carry a hash in hex: 8 characters like the others, but fewer bits each, so the
 * loader, which lists every chunk name, compresses better (32 bits still tell releases apart).
 */
const hashCharacters = 'hex';

/** Private and protected members that only our own code uses (see scripts/private-members.mjs). */
const members = await privateMembers();

/**
 * Terser shortens those members' names. One name cache per build: the plugin then minifies the
 * build's chunks one after the other, so a member of the base chunk has the same short name in
 * each widget chunk. Only property names are shared (`cache: null`): top-level names are each
 * chunk's own.
 */
const minify = () =>
  terser({
    module: true,
    ecma: 2022,
    compress: { passes: 2 },
    mangle: { cache: null, properties: { regex: new RegExp(`^(?:${members.mangled.join('|')})$`), reserved: members.reserved } },
    nameCache: {},
    format: { comments: false },
  });

const commonPlugins = () => [
  // The templates in html`` and css`` are minified already, in dist/ (scripts/minify-templates.mjs).
  nodeResolve({ exportConditions: ['production'] }),
  minify(),
];

/**
 * Lit's tags only build a value: an icon or style a file never shows is left out, like a function
 * it never calls (rollup cannot see that a tagged template has no side effects).
 */
const treeshake = { manualPureFunctions: ['css', 'html', 'svg'] };

const onwarn = (warning, warn) => {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

/** A whole drop-in file: the bundle or one widget's own file. */
const bundle = (input, name) => ({
  input,
  plugins: commonPlugins(),
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: `${name}.js`, chunkFileNames, hashCharacters },
  onwarn,
  treeshake,
});

/** The section tables in dist/content/load/, as the build finds them (not all.js). */
const isSectionTable = (id) => /content[\\/]load[\\/](?!all\.js)[\w-]+\.js$/.test(id);

/** Dutch is imported statically in the tables (`nl: () => nl`), for the drop-in files; here it becomes a chunk like any other language. */
function dutchAsImport(code, id, context) {
  const staticImport = code.match(/import \* as nl from '(\.\.\/nl\/[\w-]+\.js)';\n/);
  if (!staticImport || !code.includes('nl: () => nl,')) context.error(`${id}: expected "import * as nl" and "nl: () => nl"`);
  return code.replace(staticImport[0], '').replace('nl: () => nl,', `nl: () => import('${staticImport[1]}'),`);
}

/** For the loader's widget chunks: each section's texts a chunk per language. */
const sectionChunks = {
  name: 'section-chunks',
  transform(code, id) {
    return isSectionTable(id) ? dutchAsImport(code, id, this) : null;
  },
};

/** For the chunk with every widget: one chunk per language with every section (content/<lang>.js). */
const languageChunks = {
  name: 'language-chunks',
  transform(code, id) {
    if (!isSectionTable(id)) return null;
    return dutchAsImport(code, id, this).replace(/import\('\.\.\/([\w-]+)\/[\w-]+\.js'\)/g, "import('../$1.js')");
  },
};

/**
 * What a page fetches for one widget (or for the chunk with every widget), found in the bundle's
 * graph: the code chunks it imports, directly or through others, and the parts its texts come in
 * (`common`, `timeline`; `all`), in chunks/ and locales/ without `.js` and the texts hash.
 */
function needs(fileName, chunks) {
  const seen = new Set();
  const code = [];
  const parts = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of chunks[name].imports) visit(imported);
    for (const imported of chunks[name].dynamicImports) {
      const texts = textsOf(chunks[imported]?.facadeModuleId);
      if (texts) parts.add(texts.part);
      else visit(imported);
    }
    // After what it imports: the base chunk, the largest, is asked for first.
    code.push(name.replace(/^chunks\//, '').replace(/\.js$/, ''));
  };
  visit(fileName);
  return [code, [...parts]];
}

/** The text chunks a build wrote (`nl-BE-timeline`), so that the loader asks for none that is not there. */
const textChunks = new Set();
const rememberTexts = (chunks) => {
  for (const chunk of Object.values(chunks)) {
    const texts = chunk.type !== 'asset' && textsOf(chunk.facadeModuleId);
    if (texts) textChunks.add(`${texts.locale}-${texts.part}`);
  }
};

/** What a page with many widgets fetches (see needs), once the chunk with every widget is built. */
let everyWidgetNeeds;

/**
 * The loader's entry: its code, and each tag's widget chunk. The chunks are imported here so that
 * the build makes them; the loader gets what each needs instead (see filesNeeded).
 */
const loaderEntry = {
  name: 'loader-entry',
  resolveId(id) {
    return id === 'loader-entry' ? id : null;
  },
  load(id) {
    if (id !== 'loader-entry') return null;
    const imports = widgets.map(({ tag, folder }) => `  '${tag}': () => import(${JSON.stringify(resolve(defineModule(folder)))}),`);
    return `import { defineOnDemand } from ${JSON.stringify(resolve('dist/loader.js'))};\ndefineOnDemand({\n${imports.join('\n')}\n}, ${JSON.stringify(EVERY)}, ${JSON.stringify(LOCALES)}, ${JSON.stringify(ABSENT)}, ${JSON.stringify(TEXTS)}, ${MANY});\n`;
  },
};

/** Stand-ins in the loader's entry until the chunks are built and named. */
const EVERY = 'every widget';
const ABSENT = 'absent texts';

/**
 * The text chunks each built-in locale reads: its own, and for a regional variant (`nl-BE`) its
 * base language's first (the primary subtag, a built-in locale too), as the content registry merges them.
 */
const LOCALES = Object.fromEntries(BUILT_IN_LOCALES.map((locale) => {
  const base = locale.split('-')[0];
  return [locale, base !== locale && BUILT_IN_LOCALES.includes(base) ? [base, locale] : [locale]];
}));

/**
 * In the loader's entry, each widget chunk's import becomes what a page with that widget needs:
 * the loader fetches all of it at once, as soon as it sees the widget, instead of one chain of
 * imports after the other (widget chunk, its shared chunks, its texts). The stand-ins become the
 * needs of the chunk with every widget and the text chunks that are not there (a part that does
 * not differ in a regional variant).
 */
const filesNeeded = {
  name: 'files-needed',
  renderChunk(code, chunk, _, { chunks }) {
    if (!chunk.isEntry) return null;
    rememberTexts(chunks);
    const absent = Object.values(LOCALES).flat().flatMap((locale) =>
      [...new Set(Object.values(chunks).flatMap((each) => needs(each.fileName, chunks)[1]).concat(everyWidgetNeeds[1]))]
        .map((part) => `${locale}-${part}`)
        .filter((name) => !textChunks.has(name)));
    // The module an import picks out of a shared chunk (`.then(…)`) is not needed: the chunk defines its widget.
    const chunkImport = /\(\) => import\((['"])\.\/(chunks\/[^'"]+)\1\)(?:\.then\(function \(\w+\) \{ return \w+\.\w+; \}\))?/g;
    return code
      .replace(chunkImport, (_, quote, fileName) => JSON.stringify(needs(fileName, chunks)))
      .replace(JSON.stringify(EVERY), JSON.stringify(everyWidgetNeeds))
      .replace(JSON.stringify(ABSENT), JSON.stringify([...new Set(absent)]));
  },
};

/**
 * dist/cdn/files.json: the files the loader fetches for each widget in each built-in language
 * (paths beside loader.js, code first), and those it fetches instead when a page shows many
 * different widgets at first (`manyWidgets`), for a server that knows which widgets a page shows.
 * It can print a `<link rel="modulepreload">` for each (the WordPress plugin does): they then
 * arrive with the loader, not one round trip after it.
 */
const filesList = {
  name: 'files-list',
  generateBundle(_, bundle) {
    // What `needs` found (code chunks, text parts), as files in each locale, as the loader asks for them.
    const inEachLocale = ([code, parts]) =>
      Object.fromEntries(
        Object.entries(LOCALES).map(([locale, chain]) => [
          locale,
          [
            ...code.map((name) => `chunks/${name}.js`),
            // A part that does not differ in a regional variant has no file of its own.
            ...parts.flatMap((part) => chain.filter((each) => textChunks.has(`${each}-${part}`)).map((each) => `locales/${each}-${part}-${TEXTS}.js`)),
          ],
        ]),
      );
    const widgetChunk = (tag) => Object.values(bundle).find((file) => file.type === 'chunk' && file.moduleIds.some((id) => definedBy(id)?.tag === tag));
    const files = {
      widgets: Object.fromEntries(widgets.map(({ tag }) => [tag, inEachLocale(needs(widgetChunk(tag).fileName, bundle))])),
      manyWidgets: { from: MANY, files: inEachLocale(everyWidgetNeeds) },
    };
    this.emitFile({ type: 'asset', fileName: 'files.json', source: `${JSON.stringify(files, null, 2)}\n` });
  },
};

/** Lit, the base element and the shared texts loader: one chunk every widget shares. */
function manualChunks(id) {
  // Lit's directives (keyed, live) travel with the widgets that use them.
  if (/node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/](?!.*directives)/.test(id)) return 'base';
  // The date helpers of the timeline and the guided check travel with them. The building-block
  // styles stay: most widgets use some, and a chunk of their own would add a step before the texts.
  if (/dist[\\/](internal|styles)[\\/](?!today\.js)/.test(id)) return 'base';
  if (/dist[\\/]content[\\/](registry|load[\\/]common)\.js$/.test(id)) return 'base';
  return undefined;
}

/**
 * From this many different widgets on the page at first, the loader fetches the chunk with every
 * widget: with each widget's code and texts about 4 to 6 kB brotli, a chunk each costs more than
 * the chunk with all of them from about six on.
 */
const MANY = 6;

const everyWidget = {
  input: 'dist/index.js',
  plugins: [
    languageChunks,
    ...commonPlugins(),
    {
      name: 'remember-needs',
      generateBundle(_, files) {
        rememberTexts(files);
        everyWidgetNeeds = needs(Object.values(files).find((file) => file.isEntry).fileName, files);
      },
    },
  ],
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: 'chunks/all-[hash].js', chunkFileNames, hashCharacters },
  onwarn,
  treeshake,
};

const loader = {
  input: { loader: 'loader-entry' },
  plugins: [loaderEntry, sectionChunks, filesNeeded, filesList, ...commonPlugins()],
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames, manualChunks, hashCharacters },
  onwarn,
  treeshake,
};

// In this order: the loader names the chunk with every widget.
export default [
  everyWidget,
  loader,
  bundle('dist/index.js', 'back-pain-widgets'),
  ...widgets.map(({ tag, folder }) => bundle(defineModule(folder), tag)),
];
