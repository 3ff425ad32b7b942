import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/faq/define.js';
import type { BackPainFaq } from '../src/faq/back-pain-faq.js';
import { whenRendered } from './story-helpers.js';

interface Args {
  lang: string;
  open: boolean;
  questions: string;
  'heading-level': number;
  /** Text to type in the search box, for the filtered stories. */
  search?: string;
}

/** Types into the search box the way a person does, so the widget filters and announces. */
async function typeSearch(canvasElement: HTMLElement, text: string | undefined) {
  if (!text) return;
  const el = canvasElement.querySelector<BackPainFaq>('back-pain-faq')!;
  // English loads on demand; the search box appears once its texts are there.
  const input = await whenRendered<HTMLInputElement>(el, 'input[type="search"]');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const subset = 'what-is-it what-helps load-again when-gp';

const meta: Meta<Args> = {
  title: 'Widgets/back-pain-faq',
  component: 'back-pain-faq',
  args: { lang: 'nl', open: false, questions: '', 'heading-level': 2 },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'nl-BE', 'fr', 'en'] }, search: { table: { disable: true } } },
  render: (args) => html`<back-pain-faq
    lang=${args.lang}
    ?open=${args.open}
    questions=${args.questions || nothing}
    heading-level=${args['heading-level']}
  ></back-pain-faq>`,
  play: async ({ canvasElement, args }) => typeSearch(canvasElement, args.search),
};
export default meta;

type Story = StoryObj<Args>;

export const AllClosed: Story = {};
export const AllClosedEnglish: Story = { args: { lang: 'en' } };
export const AllOpen: Story = { args: { open: true } };
export const AllOpenEnglish: Story = { args: { lang: 'en', open: true } };
export const Subset: Story = { args: { questions: subset } };
export const SubsetEnglish: Story = { args: { lang: 'en', questions: subset } };
export const Filtered: Story = { args: { search: 'ischias' } };
export const FilteredEnglish: Story = { args: { lang: 'en', search: 'physiotherapist' } };
export const NoMatches: Story = { args: { search: 'xyzzy' } };
export const NoMatchesEnglish: Story = { args: { lang: 'en', search: 'xyzzy' } };
