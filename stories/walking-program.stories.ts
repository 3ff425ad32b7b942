import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/walking-program/define.js';
import type { WalkingProgram } from '../src/walking-program/walking-program.js';
import { whenRendered } from './story-helpers.js';

interface Args {
  lang: string;
  'start-minutes'?: number;
  'goal-minutes': number;
  'start-date': string;
  'heading-level': number;
  /** A starting time to type into the field, for the error stories. */
  typedStart?: string;
}

/** Types into the start field the way a person does: a new value, then an input event. */
async function typeStart(canvasElement: HTMLElement, value: Args['typedStart']) {
  if (value === undefined) return;
  const el = canvasElement.querySelector<WalkingProgram>('walking-program')!;
  // English texts load first: the field appears once they are there.
  const field = await whenRendered<HTMLInputElement>(el, 'input[name="start"]');
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const meta: Meta<Args> = {
  title: 'Widgets/walking-program',
  component: 'walking-program',
  args: { lang: 'nl', 'goal-minutes': 30, 'start-date': '', 'heading-level': 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'nl-BE', 'fr', 'en'] },
    'start-minutes': { control: { type: 'number', min: 2, max: 60 } },
    'goal-minutes': { control: { type: 'number', min: 2, max: 60 } },
    'start-date': { control: 'text' },
    typedStart: { table: { disable: true } },
  },
  render: (args) => html`<walking-program
    lang=${args.lang}
    start-minutes=${args['start-minutes'] ?? nothing}
    goal-minutes=${args['goal-minutes']}
    start-date=${args['start-date'] || nothing}
    heading-level=${args['heading-level']}
  ></walking-program>`,
  play: async ({ canvasElement, args }) => typeStart(canvasElement, args.typedStart),
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
export const DefaultEnglish: Story = { args: { lang: 'en' } };
export const Preset: Story = { args: { 'start-minutes': 10, 'goal-minutes': 20, 'start-date': '2026-03-02' } };
export const PresetEnglish: Story = { args: { lang: 'en', 'start-minutes': 10, 'goal-minutes': 20, 'start-date': '2026-03-02' } };
export const StartEqualsGoal: Story = { args: { 'start-minutes': 20, 'goal-minutes': 20 } };
export const StartEqualsGoalEnglish: Story = { args: { lang: 'en', 'start-minutes': 20, 'goal-minutes': 20 } };
export const InputError: Story = { args: { typedStart: '1' } };
export const InputErrorEnglish: Story = { args: { lang: 'en', typedStart: '1' } };
export const StartAboveGoal: Story = { args: { typedStart: '40' } };
export const StartAboveGoalEnglish: Story = { args: { lang: 'en', typedStart: '40' } };
/** A new start typed: once typing pauses, the status line reads out the new plan. */
export const PlanChanged: Story = { args: { typedStart: '8' } };
