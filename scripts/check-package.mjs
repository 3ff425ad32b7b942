/**
 * Every widget (a folder with src/<folder>/define.ts) must be wired up everywhere a user meets
 * it: the package's exports, the drop-in bundles, the all-widgets entry, the demo and the README.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { widgets } from '../rollup.config.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const index = readFileSync('src/index.ts', 'utf8');
const demo = readFileSync('demo/index.html', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const problems = [];

for (const folder of readdirSync('src')) {
  const definePath = `src/${folder}/define.ts`;
  if (folder === 'internal' || !existsSync(definePath)) continue;
  const tag = readFileSync(definePath, 'utf8').match(/defineElement\('([a-z-]+)'/)?.[1];
  if (!tag) {
    problems.push(`${definePath}: no defineElement('tag', ...) call`);
    continue;
  }
  const expect = (ok, what) => ok || problems.push(`<${tag}>: ${what}`);
  expect(pkg.exports[`./${tag}`]?.default === `./dist/${folder}/${tag}.js`, `package.json exports "./${tag}" → ./dist/${folder}/${tag}.js`);
  expect(pkg.exports[`./${tag}/define`]?.default === `./dist/${folder}/define.js`, `package.json exports "./${tag}/define" → ./dist/${folder}/define.js`);
  expect(widgets[tag] === `dist/${folder}/define.js`, `rollup.config.mjs widgets['${tag}']`);
  expect(index.includes(`'./${folder}/define.js'`), `src/index.ts exports ./${folder}/define.js`);
  expect(demo.includes(`<${tag}`), 'shown in demo/index.html');
  expect(readme.includes(`\`<${tag}>\``), 'listed in README.md');
}

if (problems.length > 0) {
  console.error(`Widgets not wired up:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Every widget is exported, bundled, shown in the demo and listed in the README.');
