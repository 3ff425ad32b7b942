import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/redflags/define.js';
import { whenRendered } from './story-helpers.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import { RED_FLAG_IDS, type RedFlagId } from '../src/content/structure.js';

interface Args {
  lang: string;
  'contact-name': string;
  'contact-phone': string;
  'contact-url': string;
  'heading-level': number;
  /** Answers to fill in, for the outcome stories. */
  answers?: Partial<Record<RedFlagId, 'yes' | 'no'>>;
}

const allNo = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, 'no'])) as Record<RedFlagId, 'yes' | 'no'>;

/** Fills in answers the way a person does: by clicking the radios. */
async function fillIn(canvasElement: HTMLElement, answers: Args['answers']) {
  const el = canvasElement.querySelector<BackPainRedflags>('back-pain-redflags')!;
  await whenRendered(el, 'input');
  for (const [id, value] of Object.entries(answers ?? {})) {
    el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`)!.click();
    await el.updateComplete;
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/back-pain-redflags',
  component: 'back-pain-redflags',
  args: { lang: 'nl', 'contact-name': '', 'contact-phone': '', 'contact-url': '', 'heading-level': 2 },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] }, answers: { table: { disable: true } } },
  render: (args) => html`<back-pain-redflags
    lang=${args.lang}
    contact-name=${args['contact-name'] || nothing}
    contact-phone=${args['contact-phone'] || nothing}
    contact-url=${args['contact-url'] || nothing}
    heading-level=${args['heading-level']}
  ></back-pain-redflags>`,
  play: async ({ canvasElement, args }) => fillIn(canvasElement, args.answers),
};
export default meta;

type Story = StoryObj<Args>;

export const EmptyForm: Story = {};
export const EmptyFormEnglish: Story = { args: { lang: 'en' } };
export const Emergency: Story = { args: { answers: { 'bladder-bowel': 'yes' } } };
export const EmergencyEnglish: Story = { args: { lang: 'en', answers: { 'bladder-bowel': 'yes' } } };
export const Urgent: Story = { args: { answers: { ...allNo, fever: 'yes' } } };
export const UrgentEnglish: Story = { args: { lang: 'en', answers: { ...allNo, fever: 'yes' } } };
export const Soon: Story = { args: { answers: { ...allNo, 'longer-than-6-weeks': 'yes' } } };
export const SoonEnglish: Story = { args: { lang: 'en', answers: { ...allNo, 'longer-than-6-weeks': 'yes' } } };
export const SelfCare: Story = { args: { answers: allNo } };
export const SelfCareEnglish: Story = { args: { lang: 'en', answers: allNo } };
export const WithContactDetails: Story = {
  args: {
    answers: { ...allNo, fever: 'yes' },
    'contact-name': 'Huisartsenpraktijk Voorbeeld',
    'contact-phone': '020 123 45 67',
    'contact-url': 'https://example.org/contact',
  },
};
