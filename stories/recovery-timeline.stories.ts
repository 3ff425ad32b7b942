import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/recovery-timeline/define.js';
import type { RecoveryTimeline } from '../src/recovery-timeline/recovery-timeline.js';
import { whenRendered } from './story-helpers.js';

interface Args {
  lang: string;
  /** Whole days since the pain started; empty for none. */
  day?: number;
  onset: string;
  /** Fixed "today" for `onset`, so the story looks the same on every date. */
  today: string;
  'heading-level': number;
  /** Width of the container, to show the vertical (narrow) and horizontal (wide) layout. */
  width: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/recovery-timeline',
  component: 'recovery-timeline',
  args: { lang: 'nl', onset: '', today: '', 'heading-level': 2, width: '100%' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'nl-BE', 'fr', 'en'] },
    day: { control: { type: 'number', min: 0, step: 1 } },
    width: { control: 'inline-radio', options: ['20em', '40em', '100%'] },
  },
  render: (args) => html`<div style="max-width: ${args.width}">
    <recovery-timeline
      lang=${args.lang}
      day=${args.day ?? nothing}
      onset=${args.onset || nothing}
      today=${args.today || nothing}
      heading-level=${args['heading-level']}
    ></recovery-timeline>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const NoHighlight: Story = {};
export const NoHighlightEnglish: Story = { args: { lang: 'en' } };
export const Day1: Story = { args: { day: 1 } };
export const Day1English: Story = { args: { lang: 'en', day: 1 } };
export const Day10: Story = { args: { day: 10 } };
export const Day10English: Story = { args: { lang: 'en', day: 10 } };
export const Day50: Story = { args: { day: 50 } };
export const Day50English: Story = { args: { lang: 'en', day: 50 } };
export const Day100: Story = { args: { day: 100 } };
export const Day100English: Story = { args: { lang: 'en', day: 100 } };
/** Day 2 across the change to summer time (29 March 2026). */
export const FromOnset: Story = { args: { onset: '2026-03-28', today: '2026-03-30' } };
export const FromOnsetEnglish: Story = { args: { lang: 'en', onset: '2026-03-28', today: '2026-03-30' } };
export const Narrow: Story = { args: { day: 10, width: '20em' } };
export const NarrowEnglish: Story = { args: { lang: 'en', day: 10, width: '20em' } };

/** The reader enters a date in the onset field, as a person does (the page sets neither day nor onset). */
function entersOnset(date: string): Story['play'] {
  return async ({ canvasElement }) => {
    const el = canvasElement.querySelector<RecoveryTimeline>('recovery-timeline')!;
    const input = await whenRendered<HTMLInputElement>(el, 'input#onset');
    input.value = date;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
  };
}
export const ReaderEntersOnset: Story = { args: { today: '2026-03-20' }, play: entersOnset('2026-03-10') };
export const ReaderEntersFutureOnsetEnglish: Story = { args: { lang: 'en', today: '2026-03-20' }, play: entersOnset('2026-04-01') };
