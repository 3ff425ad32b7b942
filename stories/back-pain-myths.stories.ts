import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/myths/define.js';

interface Args {
  lang: string;
  theme: string;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/back-pain-myths',
  component: 'back-pain-myths',
  args: { lang: 'nl', theme: 'auto', 'heading-level': 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'nl-BE', 'fr', 'en'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) => html`<back-pain-myths lang=${args.lang} theme=${args.theme} heading-level=${args['heading-level']}></back-pain-myths>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Dutch: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const HeadingLevel3: Story = { args: { 'heading-level': 3 } };
