/**
 * React is an optional peer: only `back-pain-widgets/react` may reach it. Every other entry of
 * the exports map and every drop-in bundle must load without React installed. Run after
 * `npm run build`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const reactPackages = /^(react|react-dom|@lit\/react)(\/|$)/;
const specifiers = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** The bare packages a module reaches through static and dynamic imports, transitively. */
function packagesReachedFrom(entry) {
  const reached = new Set();
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(specifiers)) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else reached.add(specifier);
    }
  };
  visit(entry);
  return reached;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const entry = typeof target === 'string' ? target : target.default;
  if (!entry.endsWith('.js')) continue;
  if (!existsSync(entry)) {
    problems.push(`${subpath}: ${entry} is not built`);
    continue;
  }
  const react = [...packagesReachedFrom(entry)].filter((name) => reactPackages.test(name));
  if (subpath === './react') {
    // The check must be able to see React where it is: the wrappers import it.
    if (!react.includes('react') || !react.includes('@lit/react')) problems.push(`./react: React imports not found in ${entry}`);
  } else if (react.length > 0) {
    problems.push(`${subpath} (${entry}) reaches ${react.join(', ')}`);
  }
}

// The drop-in bundles are self-contained: React would be inlined, not imported.
for (const file of readdirSync('dist/cdn', { recursive: true }).filter((name) => name.endsWith('.js'))) {
  const code = readFileSync(join('dist/cdn', file), 'utf8');
  const reached = [...packagesReachedFrom(join('dist/cdn', file))];
  if (reached.length > 0) problems.push(`dist/cdn/${file} imports ${reached.join(', ')}`);
  if (/Symbol\.for\(\s*["']react\.|createComponent/.test(code)) problems.push(`dist/cdn/${file} contains React code`);
}

if (problems.length > 0) {
  console.error(`React must stay optional:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Only back-pain-widgets/react reaches React; plain imports and drop-in bundles do not.');
