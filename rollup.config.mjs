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
 * The widgets come from widgets.json.
 */
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { privateMembers } from './scripts/private-members.mjs';
import { widgets } from './scripts/widgets.mjs';

const defineModule = (folder) => `dist/${folder}/define.js`;

/** Chunks are named for what they hold: locales/en-red-flags-<hash>.js, chunks/lifting-tips-<hash>.js. */
function chunkFileNames(chunk) {
  const module = chunk.facadeModuleId?.replaceAll('\\', '/') ?? '';
  const texts = module.match(/content\/([\w-]+)\/([\w-]+)\.js$/);
  if (texts && texts[1] !== 'load') return `locales/${texts[1]}-${texts[2]}-[hash].js`;
  const language = module.match(/content\/([\w-]+)\.js$/);
  if (language) return `locales/${language[1]}-all-[hash].js`;
  // A widget whose module another widget imports (the red-flag check, in the guided check) is a
  // chunk without a facade: find its define module among the chunk's modules.
  const defines = (id) => widgets.find(({ folder }) => id.replaceAll('\\', '/').endsWith(`/dist/${folder}/define.js`));
  const widget = defines(module) ?? chunk.moduleIds.map(defines).find(Boolean);
  return `chunks/${widget?.tag ?? '[name]'}-[hash].js`;
}

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
  // Whitespace and comments inside html`` and css`` templates are bytes too. The closing
  // slashes must stay: an svg`` fragment without them nests each shape in the one before.
  minifyTemplates({ failOnError: true, options: { minifyOptions: { keepClosingSlash: true } } }),
  nodeResolve({ exportConditions: ['production'] }),
  minify(),
];

const onwarn = (warning, warn) => {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

/** A whole drop-in file: the bundle or one widget's own file. */
const bundle = (input, name) => ({
  input,
  plugins: commonPlugins(),
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: `${name}.js`, chunkFileNames },
  onwarn,
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

/** The file name of the chunk with every widget, once built, for the loader. */
let everyWidgetChunk;

/**
 * The loader's entry: its code, and each tag's widget chunk. The chunks are imported here so that
 * the build makes them; the loader gets their file names (see chunkNames).
 */
const loaderEntry = {
  name: 'loader-entry',
  // Its imports are absolute paths already, and the chunk with every widget is built.
  resolveId(id, importer) {
    if (id === 'loader-entry') return id;
    if (importer === 'loader-entry') return id.startsWith('./') ? { id, external: true } : id;
    return null;
  },
  load(id) {
    if (id !== 'loader-entry') return null;
    const imports = widgets.map(({ tag, folder }) => `  '${tag}': () => import(${JSON.stringify(resolve(defineModule(folder)))}),`);
    const every = `() => import(${JSON.stringify(`./${everyWidgetChunk}`)})`;
    return `import { defineOnDemand } from ${JSON.stringify(resolve('dist/loader.js'))};\ndefineOnDemand({\n${imports.join('\n')}\n}, ${every}, ${JSON.stringify(BASE_CHUNK)}, ${MANY});\n`;
  },
};

/** Stands in the loader's entry for the base chunk's file name until the chunks are named. */
const BASE_CHUNK = 'base chunk';

/**
 * In the loader's entry, each chunk import becomes the chunk's file name (in chunks/, without
 * `.js`), and the base chunk's stand-in the base chunk's: the loader fetches the base chunk
 * alongside each widget chunk, which it could not do from an import of the widget chunk alone.
 */
const chunkNames = {
  name: 'chunk-names',
  renderChunk(code, chunk, _, { chunks }) {
    if (!chunk.isEntry) return null;
    const base = Object.values(chunks).find(({ name }) => name === 'base').fileName;
    const quoted = (fileName) => JSON.stringify(fileName.replace(/^chunks\//, '').replace(/\.js$/, ''));
    // The module an import picks out of a shared chunk (`.then(…)`) is not needed: the chunk defines its widget.
    const chunkImport = /\(\) => import\((['"])\.\/(chunks\/[^'"]+)\1\)(?:\.then\(function \(\w+\) \{ return \w+\.\w+; \}\))?/g;
    return code.replace(chunkImport, (_, quote, fileName) => quoted(fileName)).replace(JSON.stringify(BASE_CHUNK), quoted(base));
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
    { name: 'remember-name', generateBundle: (_, files) => void (everyWidgetChunk = Object.values(files).find((file) => file.isEntry).fileName) },
  ],
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: 'chunks/all-[hash].js', chunkFileNames },
  onwarn,
};

const loader = {
  input: { loader: 'loader-entry' },
  plugins: [loaderEntry, sectionChunks, chunkNames, ...commonPlugins()],
  output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames, manualChunks },
  onwarn,
};

// In this order: the loader names the chunk with every widget.
export default [
  everyWidget,
  loader,
  bundle('dist/index.js', 'back-pain-widgets'),
  ...widgets.map(({ tag, folder }) => bundle(defineModule(folder), tag)),
];
