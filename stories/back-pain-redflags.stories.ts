import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/redflags/define.js';
import { whenRendered } from './story-helpers.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import { QUESTION_GROUPS, RED_FLAG_IDS, RED_FLAG_RULES, type RedFlagId, type Urgency } from '../src/content/structure.js';

interface Args {
  lang: string;
  layout: 'steps' | 'list';
  'contact-name': string;
  'contact-phone': string;
  'contact-url': string;
  'heading-level': number;
  /** Answers to fill in, for the outcome stories. */
  answers?: Partial<Record<RedFlagId, 'yes' | 'no'>>;
  /** Steps to go through with "Next" (steps layout): all of them by default, to reach the outcome. */
  steps?: number;
}

const allNo = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, 'no'])) as Record<RedFlagId, 'yes' | 'no'>;
const firstStep = Object.values(QUESTION_GROUPS)[0] as readonly RedFlagId[];
/** The first sign of each level: answered yes alone, it gives that level. */
const signOf = (urgency: Urgency) => RED_FLAG_IDS.find((id) => RED_FLAG_RULES[id].urgency === urgency)!;
const emergency = { ...allNo, [signOf('emergency')]: 'yes' } as const;
const urgent = { ...allNo, [signOf('urgent')]: 'yes' } as const;
const soon = { ...allNo, [signOf('soon')]: 'yes' } as const;

/**
 * Fills in answers the way a person does: by clicking the radios shown, then "Next" (or "Show
 * result"), step by step, until the outcome shows or `steps` presses are done.
 */
async function fillIn(canvasElement: HTMLElement, { answers, steps = Infinity }: Args) {
  const el = canvasElement.querySelector<BackPainRedflags>('back-pain-redflags')!;
  await whenRendered(el, 'input');
  if (!answers) return;
  const root = el.shadowRoot!;
  for (let pressed = 0; pressed < steps && !root.querySelector('#outcome'); pressed += 1) {
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      if (answers[input.name as RedFlagId] === input.value) {
        input.click();
        await el.updateComplete;
      }
    }
    root.querySelector<HTMLButtonElement>('button[part="next"]')!.click();
    await el.updateComplete;
    if (root.querySelector('[part="unanswered"]')) break;
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/back-pain-redflags',
  component: 'back-pain-redflags',
  args: { lang: 'nl', layout: 'steps', 'contact-name': '', 'contact-phone': '', 'contact-url': '', 'heading-level': 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'nl-BE', 'fr', 'en'] },
    layout: { control: 'inline-radio', options: ['steps', 'list'] },
    answers: { table: { disable: true } },
    steps: { table: { disable: true } },
  },
  render: (args) => html`<back-pain-redflags
    lang=${args.lang}
    layout=${args.layout}
    contact-name=${args['contact-name'] || nothing}
    contact-phone=${args['contact-phone'] || nothing}
    contact-url=${args['contact-url'] || nothing}
    heading-level=${args['heading-level']}
  ></back-pain-redflags>`,
  play: async ({ canvasElement, args }) => fillIn(canvasElement, args),
};
export default meta;

type Story = StoryObj<Args>;

export const FirstStep: Story = {};
export const FirstStepEnglish: Story = { args: { lang: 'en' } };
/** Step 2, reached with "Next" after answering step 1. */
export const SecondStep: Story = { args: { answers: allNo, steps: 1 } };
/** "Next" pressed with questions open: they are named, and focus is on the first. */
export const OpenQuestions: Story = { args: { answers: { [firstStep[0]!]: 'no' }, steps: 1 } };
export const OpenQuestionsEnglish: Story = { args: { lang: 'en', answers: { [firstStep[0]!]: 'no' }, steps: 1 } };
export const Emergency: Story = { args: { answers: emergency } };
export const EmergencyEnglish: Story = { args: { lang: 'en', answers: emergency } };
export const Urgent: Story = { args: { answers: urgent } };
export const UrgentEnglish: Story = { args: { lang: 'en', answers: urgent } };
export const Soon: Story = { args: { answers: soon } };
export const SoonEnglish: Story = { args: { lang: 'en', answers: soon } };
export const SelfCare: Story = { args: { answers: allNo } };
export const SelfCareEnglish: Story = { args: { lang: 'en', answers: allNo } };
/** Every question on one page, for portals that prefer it. */
export const ListLayout: Story = { args: { layout: 'list' } };
export const ListLayoutWithOutcome: Story = { args: { layout: 'list', answers: urgent } };
export const WithContactDetails: Story = {
  args: {
    answers: urgent,
    'contact-name': 'Huisartsenpraktijk Voorbeeld',
    'contact-phone': '020 123 45 67',
    'contact-url': 'https://example.org/contact',
  },
};
export const EmergencyWithContactDetails: Story = {
  args: {
    answers: emergency,
    'contact-name': 'Huisartsenpraktijk Voorbeeld',
    'contact-phone': '020 123 45 67',
    'contact-url': 'https://example.org/contact',
  },
};
