/**
 * Builds the WordPress plugin from the library's build (run `npm run build` first):
 * dist/wordpress/back-pain-widgets/ and dist/wordpress/back-pain-widgets.zip. The plugin's PHP
 * and editor script live in wordpress/; this adds what is generated from the library: a
 * block.json per widget in widgets.json (attributes from custom-elements.json), widgets.php (the
 * attributes' kinds, the fallback texts for readers without JavaScript and the files the loader
 * fetches per language, from dist/cdn/files.json), readme.txt with the changelog, and the drop-in
 * loader with its chunks and texts.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { widgets } from './widgets.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist/wordpress');
const plugin = join(out, 'back-pain-widgets');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const { getContent, loadLocale } = await import(join(root, 'dist/content/index.js'));

const LANGUAGES = ['nl', 'nl-BE', 'fr', 'en'];
const DATE_ATTRIBUTES = new Set(['onset', 'today', 'start-date']);
const ICONS = {
  'back-pain-redflags': 'warning',
  'back-pain-treatments': 'clipboard',
  'back-pain-faq': 'editor-help',
  'recovery-timeline': 'chart-line',
  'lifting-tips': 'lightbulb',
  'back-pain-risk-factors': 'list-view',
  'back-pain-myths': 'yes-alt',
  'walking-program': 'location-alt',
  'back-pain-selfcare': 'heart',
  'back-pain-check': 'clipboard',
};
// Until the script runs, or for good without JavaScript, a check cannot ask its questions: the
// reader still learns where to turn.
const EMERGENCY_LINE = {
  nl: 'Ziet u hier geen vragen? Twijfelt u, of is het dringend? Bel dan uw huisarts. Is de praktijk dicht? Bel de huisartsenpost. Bij levensgevaar: bel 112.',
  'nl-BE': 'Ziet u hier geen vragen? Twijfelt u, of is het dringend? Bel dan uw huisarts. Is de praktijk dicht? Bel de huisartsenwachtpost op 1733. Bij levensgevaar: bel 112.',
  fr: "Vous ne voyez pas de questions ici ? En cas de doute ou d'urgence, appelez votre médecin généraliste. Le cabinet est fermé ? Appelez le médecin de garde au 1733. En cas de danger de mort, appelez le 112.",
  en: 'No questions showing here? If you are unsure or it is urgent, call your GP. Is the practice closed? Call the out-of-hours GP service (huisartsenpost). In a life-threatening emergency, call 112.',
};
const WITH_EMERGENCY_LINE = new Set(['back-pain-redflags', 'back-pain-check']);

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** An attribute's block type, enum and kind (url, date, lang, number, …) from the manifest. */
function describe(attribute) {
  const type = attribute.type?.text ?? 'string';
  const name = attribute.name;
  const literals = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]);
  if (name === 'lang') return { type: 'string', enum: LANGUAGES, kind: 'lang' };
  if (type === 'boolean') return { type: 'boolean', kind: 'boolean' };
  if (literals.length > 0 && !type.includes('string')) return { type: 'string', enum: literals, kind: 'enum' };
  if (DATE_ATTRIBUTES.has(name)) return { type: 'string', kind: 'date' };
  if (/^number\b/.test(type)) return { type: 'number', kind: 'number' };
  if (/-(url|href)$/.test(name)) return { type: 'string', kind: 'url' };
  if (name === 'contact-phone') return { type: 'string', kind: 'phone' };
  return { type: 'string', kind: 'text' };
}

const declarations = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
for (const language of LANGUAGES) await loadLocale(language);

rmSync(out, { recursive: true, force: true });
cpSync(join(root, 'wordpress'), plugin, { recursive: true });
for (const file of ['back-pain-widgets.php', 'readme.txt']) {
  const path = join(plugin, file);
  writeFileSync(path, readFileSync(path, 'utf8').replaceAll('{{VERSION}}', version).replace('{{CHANGELOG}}', changelog()));
}

// What the loader fetches for each widget and language: the plugin prints a modulepreload link for each.
const loaderFiles = JSON.parse(readFileSync(join(root, 'dist/cdn/files.json'), 'utf8'));

const inLanguages = (files) => Object.fromEntries(LANGUAGES.map((language) => [language, files[language]]));
const data = { version, widgets: {}, manyWidgets: { from: loaderFiles.manyWidgets.from, files: inLanguages(loaderFiles.manyWidgets.files) } };
for (const { tag, section } of widgets) {
  const declaration = declarations.get(tag);
  if (!declaration) throw new Error(`${tag} is in widgets.json but not in custom-elements.json`);
  const attributes = Object.fromEntries((declaration.attributes ?? []).map((attribute) => [attribute.name, describe(attribute)]));
  const titles = Object.fromEntries(LANGUAGES.map((language) => [language, getContent(language)[section].title]));
  data.widgets[tag] = {
    attributes,
    titles,
    fallback: Object.fromEntries(LANGUAGES.map((language) => [language, [titles[language], ...(WITH_EMERGENCY_LINE.has(tag) ? [EMERGENCY_LINE[language]] : [])]])),
    files: inLanguages(loaderFiles.widgets[tag]),
  };
  const block = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: `back-pain-widgets/${tag}`,
    version,
    title: titles.en,
    category: 'widgets',
    icon: ICONS[tag],
    description: declaration.summary,
    keywords: ['back pain', 'rugpijn', 'mal de dos', titles.nl, titles.fr],
    textdomain: 'back-pain-widgets',
    attributes: Object.fromEntries(
      Object.entries(attributes).map(([name, { type, enum: values }]) => [camel(name), values ? { type, enum: values } : { type }]),
    ),
    supports: { html: false },
    editorScript: 'back-pain-widgets-editor',
  };
  mkdirSync(join(plugin, 'blocks', tag), { recursive: true });
  writeFileSync(join(plugin, 'blocks', tag, 'block.json'), `${JSON.stringify(block, null, 2)}\n`);
}
writeFileSync(
  join(plugin, 'widgets.php'),
  `<?php\n/**\n * Generated by scripts/build-wordpress.mjs from widgets.json, custom-elements.json and the texts.\n *\n * @package BackPainWidgets\n */\n\nif ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\n\nreturn ${php(data)};\n`,
);

// The drop-in loader, its chunks and texts; the single-file bundles are not needed.
for (const part of ['loader.js', 'chunks', 'locales']) cpSync(join(root, 'dist/cdn', part), join(plugin, 'assets', part), { recursive: true });

writeFileSync(join(out, 'back-pain-widgets.zip'), zip(plugin, out));
console.log(`dist/wordpress/back-pain-widgets.zip: ${widgets.length} blocks, version ${version}`);

/** The changelog's headings and lines, in readme.txt's format. */
function changelog() {
  const text = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  return text
    .slice(text.indexOf('\n## '))
    .replace(/\n {2,}/g, ' ') // a list item's continuation lines
    .split('\n')
    .filter((line) => /^(##|###|- )/.test(line))
    .map((line) => line.replace(/^### (.*)/, '*$1*').replace(/^## (.*)/, '= $1 ='))
    .join('\n')
    .trim();
}

/** A PHP literal for JSON-like data. */
function php(value, indent = '') {
  if (Array.isArray(value)) return `array( ${value.map((item) => php(item, indent)).join(', ')} )`;
  if (value && typeof value === 'object') {
    const inner = `${indent}\t`;
    // Arrows aligned, as the WordPress Coding Standards ask.
    const width = Math.max(...Object.keys(value).map((key) => php(key).length));
    const rows = Object.entries(value).map(([key, item]) => `${inner}${php(key).padEnd(width)} => ${php(item, inner)},`);
    return `array(\n${rows.join('\n')}\n${indent})`;
  }
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  return JSON.stringify(value);
}

/** A zip archive (deflate) of a folder, with paths relative to `base`. */
function zip(folder, base) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  walk(folder);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const path of files) {
    const name = Buffer.from(relative(base, path));
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const header = (signature, size) => {
      const buffer = Buffer.alloc(size);
      buffer.writeUInt32LE(signature, 0);
      return buffer;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x2100, 12); // 1980-01-01: the same bytes on every build
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(0x0314, 4); // made by Unix, so the mode below counts
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 30);
    central.writeUInt32LE(0o100644 * 0x10000, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

