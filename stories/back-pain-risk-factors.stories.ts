import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/risk-factors/define.js';
import type { BackPainRiskFactors } from '../src/risk-factors/back-pain-risk-factors.js';
import type { LastingFactorId, RiskFactorId } from '../src/content/structure.js';
import { whenRendered } from './story-helpers.js';

interface Args {
  lang: string;
  'heading-level': number;
  /** Boxes to tick, for the stories with ticks. */
  ticks?: (RiskFactorId | LastingFactorId)[];
}

/** Ticks boxes the way a person does: by clicking them. */
async function tick(canvasElement: HTMLElement, ticks: Args['ticks']) {
  const el = canvasElement.querySelector<BackPainRiskFactors>('back-pain-risk-factors')!;
  // English loads asynchronously: wait until the checklists are there.
  for (const id of ticks ?? []) {
    (await whenRendered<HTMLInputElement>(el, `input[type="checkbox"][value="${id}"]`)).click();
    await el.updateComplete;
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/back-pain-risk-factors',
  component: 'back-pain-risk-factors',
  args: { lang: 'nl', 'heading-level': 2 },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'nl-BE', 'fr', 'en'] }, ticks: { table: { disable: true } } },
  render: (args) => html`<back-pain-risk-factors
    lang=${args.lang}
    heading-level=${args['heading-level']}
  ></back-pain-risk-factors>`,
  play: async ({ canvasElement, args }) => tick(canvasElement, args.ticks),
};
export default meta;

type Story = StoryObj<Args>;

const someRisks: Args['ticks'] = ['sedentary-work', 'heavy-lifting', 'stress'];
const lastingFactors: Args['ticks'] = ['static-posture', 'fear-of-moving', 'earlier-episodes'];

export const NothingTicked: Story = {};
export const NothingTickedEnglish: Story = { args: { lang: 'en' } };
export const SomeRisksTicked: Story = { args: { ticks: someRisks } };
export const SomeRisksTickedEnglish: Story = { args: { lang: 'en', ticks: someRisks } };
export const LastingFactorsTicked: Story = { args: { ticks: lastingFactors } };
export const LastingFactorsTickedEnglish: Story = { args: { lang: 'en', ticks: lastingFactors } };
/** Ticked and unticked again: only now does the general tip say that nothing is ticked. */
export const AllUnticked: Story = { args: { ticks: ['smoking', 'smoking'] } };
export const AllUntickedEnglish: Story = { args: { lang: 'en', ticks: ['smoking', 'smoking'] } };
