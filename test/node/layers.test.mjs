/**
 * The import check of `npm run lint` (.dependency-cruiser.mjs) must be able to fail: a file that
 * imports a layer above its own, a widget that imports another widget, and a cycle, each in a
 * small source tree of its own, are refused by name; a tree that points only down passes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the project's import check over a tree of `files` ({ path: code }); returns its output and whether it passed. */
function checkTree(files) {
  const folder = mkdtempSync(join(tmpdir(), 'layers-'));
  try {
    for (const [path, code] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), code);
    }
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' } }));
    try {
      const output = execFileSync(join(ROOT, 'node_modules/.bin/depcruise'), ['src', '--config', join(ROOT, '.dependency-cruiser.mjs')], { cwd: folder, encoding: 'utf8' });
      return { passed: true, output };
    } catch (error) {
      return { passed: false, output: `${error.stdout}${error.stderr}` };
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const bottom = {
  'src/dates/calendar-dates.ts': 'export const today = 1;\n',
  'src/content/texts.ts': "import { today } from '../dates/calendar-dates.js';\nexport const texts = today;\n",
  'src/internal/base.ts': "import { texts } from '../content/texts.js';\nexport const base = texts;\n",
  'src/faq/faq.ts': "import { base } from '../internal/base.js';\nexport const faq = base;\n",
  'src/redflags/redflags.ts': "import { base } from '../internal/base.js';\nexport const redflags = base;\n",
  'src/check/check.ts': "import { redflags } from '../redflags/redflags.js';\nexport const check = redflags;\n",
  'src/index.ts': "export * from './check/check.js';\n",
};

describe('the import check', () => {
  it('passes a tree whose imports point only down', () => {
    const { passed, output } = checkTree(bottom);
    assert.ok(passed, output);
  });

  it('refuses the content module importing shared element code', () => {
    const { passed, output } = checkTree({ ...bottom, 'src/content/texts.ts': "import { base } from '../internal/base.js';\nexport const texts = base;\n" });
    assert.equal(passed, false);
    assert.match(output, /content-imports-only-dates: src\/content\/texts\.ts → src\/internal\/base\.ts/);
  });

  it('refuses shared code importing a widget', () => {
    const { passed, output } = checkTree({ ...bottom, 'src/internal/today.ts': "import { faq } from '../faq/faq.js';\nexport const today = faq;\n" });
    assert.equal(passed, false);
    assert.match(output, /shared-code-imports-no-widget: src\/internal\/today\.ts → src\/faq\/faq\.ts/);
  });

  it('refuses a widget importing another widget, and allows the guided check to', () => {
    const { passed, output } = checkTree({ ...bottom, 'src/faq/faq.ts': "import { redflags } from '../redflags/redflags.js';\nexport const faq = redflags;\n" });
    assert.equal(passed, false);
    assert.match(output, /widget-imports-no-other-widget: src\/faq\/faq\.ts → src\/redflags\/redflags\.ts/);
    assert.doesNotMatch(output, /src\/check\/check\.ts →/);
  });

  it('refuses a cycle, of types too', () => {
    const { passed, output } = checkTree({
      ...bottom,
      'src/content/registry.ts': "import type { Part } from './load.js';\nexport type Loader = Part;\n",
      'src/content/load.ts': "import type { Loader } from './registry.js';\nexport type Part = string;\nexport type Both = Loader;\n",
    });
    assert.equal(passed, false);
    assert.match(output, /no-cycle/);
  });
});
