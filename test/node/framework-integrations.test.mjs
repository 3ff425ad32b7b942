/**
 * The Vue, Svelte and Angular types that the build writes from custom-elements.json
 * (scripts/framework-integrations.mjs), and the build's check that none of them misses a tag,
 * attribute or event. Written into a temporary folder; the apps in test/frameworks/ compile and
 * run them (`npm run test:frameworks`). Run with `node --test test/node/`.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { checkFrameworkTypes, writeAngularDirectives, writeSvelteTypes, writeVueTypes } from '../../scripts/framework-integrations.mjs';
import { definitionsOf } from '../../scripts/manifest-definitions.mjs';

const definitions = definitionsOf(JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')));
const redflags = definitions.find((definition) => definition.tag === 'back-pain-redflags');

describe('framework-integrations', () => {
  before(() => {
    // The generators write into dist/ of the working folder.
    process.chdir(mkdtempSync(join(tmpdir(), 'framework-integrations-')));
    writeVueTypes(definitions);
    writeSvelteTypes(definitions);
    writeAngularDirectives(definitions);
  });

  it('declares every tag for each framework, with types read from the element class and the event map', () => {
    const vue = readFileSync('dist/vue/index.d.ts', 'utf8');
    const svelte = readFileSync('dist/svelte/index.d.ts', 'utf8');
    for (const { tag, className } of definitions) {
      assert.match(vue, new RegExp(`'${tag}': DefineComponent<${className}Props`));
      assert.match(svelte, new RegExp(`'${tag}': Omit<HTMLAttributes<${className}Element>`));
      assert.match(readFileSync(`dist/angular/${tag}.js`, 'utf8'), new RegExp(`selector: '${tag}'`));
    }
    assert.ok(vue.includes("  headingLevel?: BackPainRedflagsElement['headingLevel'];"));
    assert.ok(vue.includes("  onRedflagsResult?: (event: EventOf<'redflags-result'>) => void;"));
    assert.ok(svelte.includes("  'heading-level'?: BackPainRedflagsElement['headingLevel'] | null;"));
    assert.ok(svelte.includes("  'onredflags-result'?: (event: EventOf<'redflags-result'>) => void;"));
  });

  it('gives each Angular directive an input per attribute and an output per event, and registers its element', () => {
    const js = readFileSync('dist/angular/back-pain-redflags.js', 'utf8');
    const dts = readFileSync('dist/angular/back-pain-redflags.d.ts', 'utf8');
    assert.ok(js.includes("import '../redflags/define.js';"));
    for (const { fieldName } of redflags.declaration.attributes) {
      assert.ok(js.includes(`  ${fieldName} = i0.input();`), fieldName);
      assert.ok(dts.includes(`  readonly ${fieldName}: i0.InputSignal<BackPainRedflagsElement['${fieldName}'] | undefined>;`), fieldName);
    }
    assert.ok(js.includes("element.addEventListener('redflags-result', (event) => this.redflagsResult.emit(event));"));
    assert.ok(dts.includes("  readonly redflagsResult: i0.OutputEmitterRef<EventOf<'redflags-result'>>;"));
  });

  it('passes its own output, and names what a framework lacks', () => {
    checkFrameworkTypes(definitions);
    const file = 'dist/svelte/index.d.ts';
    writeFileSync(file, readFileSync(file, 'utf8').replace("  'oncheck-complete'?: (event: EventOf<'check-complete'>) => void;\n", ''));
    const angular = 'dist/angular/back-pain-faq.d.ts';
    writeFileSync(angular, readFileSync(angular, 'utf8').replace("'questions': { alias: 'questions'; required: false; isSignal: true }; ", ''));
    assert.throws(() => checkFrameworkTypes(definitions), (error) => {
      assert.match(error.message, /svelte: <back-pain-check> lacks 'oncheck-complete'/);
      assert.match(error.message, /angular: <back-pain-faq> lacks 'questions'/);
      assert.doesNotMatch(error.message, /vue:/);
      return true;
    });
  });
});
