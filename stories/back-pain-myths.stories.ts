import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/myths/define.js';
import { whenRendered } from './story-helpers.js';
import type { BackPainMyths } from '../src/myths/back-pain-myths.js';
import type { MythId } from '../src/content/structure.js';

interface Args {
  lang: string;
  reveal: boolean;
  'heading-level': number;
  /** Cards to reveal the way a person does, by clicking their buttons. */
  revealed?: MythId[];
}

const meta: Meta<Args> = {
  title: 'Widgets/back-pain-myths',
  component: 'back-pain-myths',
  args: { lang: 'nl', reveal: false, 'heading-level': 2 },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] }, revealed: { table: { disable: true } } },
  render: (args) => html`<back-pain-myths
    lang=${args.lang}
    ?reveal=${args.reveal}
    heading-level=${args['heading-level']}
  ></back-pain-myths>`,
  play: async ({ canvasElement, args }) => {
    const el = canvasElement.querySelector<BackPainMyths>('back-pain-myths')!;
    for (const id of args.revealed ?? []) {
      const button = await whenRendered<HTMLButtonElement>(el, `button[aria-controls="fact-${id}"]`);
      button.click();
      await el.updateComplete;
    }
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Hidden: Story = {};
export const HiddenEnglish: Story = { args: { lang: 'en' } };
export const OneRevealed: Story = { args: { revealed: ['bed-rest'] } };
export const OneRevealedEnglish: Story = { args: { lang: 'en', revealed: ['bed-rest'] } };
export const AllRevealed: Story = { args: { reveal: true } };
export const AllRevealedEnglish: Story = { args: { lang: 'en', reveal: true } };
