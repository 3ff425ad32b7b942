/**
 * React, Vue, Svelte and Angular are optional peers: only a framework's own entry point may reach
 * it (`back-pain-widgets/react` React, `back-pain-widgets/angular` Angular; the Vue and Svelte
 * entry points reach theirs in their types only). Every other entry of the exports map, its
 * types, and every drop-in bundle must load without any of them installed. Run after
 * `npm run build`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const frameworkPackages = /^(react|react-dom|@lit\/react|vue|@vue\/.*|svelte|@angular\/.*)(\/|$)/;
/** What each framework entry must reach: in its code and in its types. */
const frameworkEntries = {
  './react': { code: ['react', '@lit/react'], types: ['@lit/react'] },
  './vue': { code: [], types: ['vue'] },
  './svelte': { code: [], types: ['svelte/elements'] },
  './angular': { code: ['@angular/core'], types: ['@angular/core'] },
};
const specifiers = /(?:\bfrom\s*|\bimport\s*\(?\s*|\breference path=)['"]([^'"]+)['"]/g;

/** The bare packages a module (or a .d.ts) reaches through its imports, transitively. */
function packagesReachedFrom(entry) {
  const reached = new Set();
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    let text = readFileSync(file, 'utf8');
    // Type files quote imports in their JSDoc: only the declarations count.
    if (file.endsWith('.d.ts')) text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/(?!\/ <reference).*$/gm, '');
    for (const [, specifier] of text.matchAll(specifiers)) {
      if (!specifier.startsWith('.')) reached.add(specifier);
      else if (file.endsWith('.d.ts')) visit(join(dirname(file), specifier.replace(/\.js$/, '.d.ts')));
      else visit(join(dirname(file), specifier));
    }
  };
  visit(entry);
  return reached;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue;
  for (const [kind, entry] of [['code', target.default], ['types', target.types]]) {
    if (!existsSync(entry)) {
      problems.push(`${subpath}: ${entry} is not built`);
      continue;
    }
    const frameworks = [...packagesReachedFrom(entry)].filter((name) => frameworkPackages.test(name));
    const wanted = frameworkEntries[subpath]?.[kind] ?? [];
    // The check must be able to see a framework where it is.
    for (const name of wanted) if (!frameworks.includes(name)) problems.push(`${subpath}: no import of ${name} found in its ${kind} (${entry})`);
    const unwanted = frameworks.filter((name) => !wanted.includes(name) && !(subpath === './react' && name.startsWith('react')));
    if (unwanted.length > 0) problems.push(`${subpath}: its ${kind} (${entry}) reaches ${unwanted.join(', ')}`);
  }
}

// The drop-in bundles are self-contained: a framework would be inlined, not imported.
for (const file of readdirSync('dist/cdn', { recursive: true }).filter((name) => name.endsWith('.js'))) {
  const code = readFileSync(join('dist/cdn', file), 'utf8');
  const reached = [...packagesReachedFrom(join('dist/cdn', file))];
  if (reached.length > 0) problems.push(`dist/cdn/${file} imports ${reached.join(', ')}`);
  if (/Symbol\.for\(\s*["']react\.|createComponent|ɵɵngDeclare/.test(code)) problems.push(`dist/cdn/${file} contains framework code`);
}

if (problems.length > 0) {
  console.error(`Frameworks must stay optional:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Only each framework entry point reaches its framework; plain imports, their types and drop-in bundles reach none.');
