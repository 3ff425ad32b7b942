/**
 * The npm package holds what users need and nothing else: the built dist/ (modules, their types,
 * JSX types, React wrappers, Vue, Svelte and Angular types, drop-in bundles, editor data), the
 * manifest, package.json, README, LICENSE and CHANGELOG. No sources, tests, stories or
 * configuration, and not the WordPress plugin. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const packed = new Set(pack.files.map((file) => file.path));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const built = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).split('\\').join('/'))
  // The WordPress plugin (npm run build:wordpress) is its own download, not part of the package.
  .filter((file) => !file.startsWith('dist/wordpress/'));
const expected = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', ...built]);

const problems = [];
for (const file of expected) if (!packed.has(file)) problems.push(`missing from the package: ${file}`);
for (const file of packed) if (!expected.has(file)) problems.push(`in the package but not wanted: ${file}`);

// dist/ itself holds only what the build makes: modules, their types, bundles and editor data.
for (const file of built) {
  if (!/\.(js|d\.ts|json)$/.test(file) || /\.(test|stories)\./.test(file)) problems.push(`unexpected build output: ${file}`);
}

// Everything the manifest, package.json and the editors point at is there.
const required = [
  ...manifest.modules.flatMap((module) => [module.path, module.path.replace(/\.js$/, '.d.ts')]),
  ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
  pkg['web-types'],
  'dist/vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json',
  'dist/custom-elements-jsx.d.ts',
].map((path) => path.replace(/^\.\//, ''));
for (const file of required) if (!packed.has(file)) problems.push(`referenced but not in the package: ${file}`);

if (problems.length > 0) {
  console.error(`npm pack:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`npm pack holds exactly the ${packed.size} files users need.`);
