import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import '../src/myths/define.js';
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
      // English texts load asynchronously: wait for the card's button to be there.
      const button = await waitFor(() => {
        const found = el.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-controls="fact-${id}"]`);
        if (!found) throw new Error(`no button for ${id} yet`);
        return found;
      });
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
