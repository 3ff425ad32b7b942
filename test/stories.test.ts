import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as redflags from '../stories/back-pain-redflags.stories.js';
import * as lifting from '../stories/lifting-tips.stories.js';
import * as timeline from '../stories/recovery-timeline.stories.js';
import * as faq from '../stories/back-pain-faq.stories.js';
import * as selfcare from '../stories/back-pain-selfcare.stories.js';
import * as treatments from '../stories/back-pain-treatments.stories.js';
import * as riskFactors from '../stories/back-pain-risk-factors.stories.js';
import * as walking from '../stories/walking-program.stories.js';
import * as myths from '../stories/back-pain-myths.stories.js';
import * as check from '../stories/back-pain-check.stories.js';
import { manifestWidgets } from './embedding/widgets.js';

interface Story {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => Promise<void>;
}
type StoriesModule = { default: Story & { component: string } } & Record<string, Story>;

const modules = [redflags, lifting, timeline, faq, selfcare, treatments, riskFactors, walking, myths, check] as unknown as StoriesModule[];

describe('stories (rendered as Storybook renders them, play functions included)', () => {
  it('every widget of the manifest has stories', async () => {
    const covered = modules.map((module) => module.default.component);
    for (const { tag } of await manifestWidgets()) expect(covered, tag).to.include(tag);
  });

  for (const module of modules) {
    const { default: meta, ...stories } = module;
    describe(meta.component, () => {
      for (const [name, story] of Object.entries(stories)) {
        it(`${name} renders, plays and is accessible`, async () => {
          const args = { ...meta.args, ...story.args };
          const canvasElement = await fixture<HTMLElement>(html`<div></div>`);
          render((story.render ?? meta.render)!(args), canvasElement);
          await (story.play ?? meta.play)?.({ canvasElement, args });
          const widget = canvasElement.querySelector(meta.component) as HTMLElement & { updateComplete: Promise<unknown> };
          await widget.updateComplete;
          // Texts in another language than Dutch arrive as a chunk of their own.
          await waitUntil(() => widget.shadowRoot?.querySelector('[part="base"]'), `${name} shows its texts`, { timeout: 5000 });
          await new Promise((resolve) => setTimeout(resolve, 50));
          await widget.updateComplete;
          // Contrast is judged on what finally shows, not halfway through a fade-in.
          await Promise.all(widget.shadowRoot!.getAnimations().map((animation) => animation.finished));
          expect((widget.shadowRoot?.textContent ?? '').trim().length).to.be.greaterThan(100);
          await expect(widget).to.be.accessible();
        });
      }
    });
  }
});
