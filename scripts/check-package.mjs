/**
 * Every widget of widgets.json (tag, class, folder) must be wired up everywhere a user meets it:
 * its folder with define.ts registering that tag and class, the package's exports, the
 * all-widgets entry, the demo, the configurator and the README. Package exports are derived from
 * the table: `--write` writes them into package.json, leaving other exports as they are.
 * The drop-in bundles and the loader's tag map are made from widgets.json by rollup.config.mjs.
 *
 *   node scripts/check-package.mjs [--write]
 */
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { widgets } from './widgets.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const index = readFileSync('src/index.ts', 'utf8');
const demo = readFileSync('demo/index.html', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const problems = [];

/** The two exports of a widget: its class, and the module that registers it. */
const exportsOf = ({ tag, folder }) => ({
  [`./${tag}`]: { types: `./dist/${folder}/${tag}.d.ts`, default: `./dist/${folder}/${tag}.js` },
  [`./${tag}/define`]: { types: `./dist/${folder}/define.d.ts`, default: `./dist/${folder}/define.js` },
});

if (process.argv.includes('--write')) {
  // Widget exports after "./content", in table order; every other export stays where it is.
  const widgetKeys = new Set(widgets.flatMap((widget) => Object.keys(exportsOf(widget))));
  const others = Object.entries(pkg.exports).filter(([key]) => !widgetKeys.has(key));
  const at = others.findIndex(([key]) => key === './content') + 1;
  pkg.exports = Object.fromEntries([...others.slice(0, at), ...widgets.flatMap((widget) => Object.entries(exportsOf(widget))), ...others.slice(at)]);
  writeFileSync('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
  console.log('package.json exports written from widgets.json.');
}

const folders = readdirSync('src').filter((folder) => folder !== 'internal' && existsSync(`src/${folder}/define.ts`));
for (const folder of folders) {
  if (!widgets.some((widget) => widget.folder === folder)) problems.push(`src/${folder}/define.ts: no row in widgets.json`);
}

for (const widget of widgets) {
  const { tag, folder } = widget;
  const expect = (ok, what) => ok || problems.push(`<${tag}>: ${what}`);
  const define = existsSync(`src/${folder}/define.ts`) ? readFileSync(`src/${folder}/define.ts`, 'utf8') : '';
  expect(define.includes(`defineElement('${tag}', ${widget.class})`), `src/${folder}/define.ts calls defineElement('${tag}', ${widget.class})`);
  for (const [key, value] of Object.entries(exportsOf(widget))) {
    expect(JSON.stringify(pkg.exports[key]) === JSON.stringify(value), `package.json exports "${key}" → ${value.default} (node scripts/check-package.mjs --write)`);
  }
  expect(index.includes(`'./${folder}/define.js'`), `src/index.ts exports ./${folder}/define.js`);
  expect(demo.includes(`<${tag}`), 'shown in demo/index.html');
  expect(readme.includes(`\`<${tag}>\``), 'listed in README.md');
}

if (problems.length > 0) {
  console.error(`Widgets not wired up:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('Every widget of widgets.json is exported, bundled, shown in the demo and listed in the README.');
