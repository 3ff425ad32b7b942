/**
 * Minifies the html`` and css`` templates of the npm modules that `tsc` wrote to dist/, right
 * after it, so that every build from them gets the same small templates:
 * - a site's bundler, which minifies code but leaves template text as it is;
 * - a server that renders the widgets (@lit-labs/ssr): each widget's styles and markup go into
 *   the page's HTML, once per widget, so whitespace and comments there are bytes a phone
 *   downloads and parses before it shows anything (the throttled-phone bench, part 1c);
 * - the drop-in files, which rollup builds from these modules.
 * Server and client then read the same templates, as hydration needs.
 *
 * The closing slashes stay: an svg`` fragment without them nests each shape in the one before.
 *
 *   node scripts/minify-templates.mjs        (after `tsc -p tsconfig.build.json`)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';

/** Every module tsc wrote, outside dist/cdn (the drop-in files, built later from these). */
function modules(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path === join('dist', 'cdn') ? [] : modules(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

let before = 0;
let after = 0;
for (const file of modules('dist')) {
  const code = readFileSync(file, 'utf8');
  // Throws on a template it cannot parse: the build stops and names the file.
  const minified = await minifyHTMLLiterals(code, { fileName: file, minifyOptions: { keepClosingSlash: true } });
  before += code.length;
  after += (minified?.code ?? code).length;
  if (minified) writeFileSync(file, minified.code);
}
console.log(`minify-templates: dist/ modules ${before} → ${after} bytes (templates minified).`);
