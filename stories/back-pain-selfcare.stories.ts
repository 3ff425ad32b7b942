import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/selfcare/define.js';

interface Args {
  lang: string;
  mode: string;
  'redflags-href': string;
  'heading-level': number;
}

const meta: Meta<Args> = {
  title: 'Widgets/back-pain-selfcare',
  component: 'back-pain-selfcare',
  args: { lang: 'nl', mode: 'all', 'redflags-href': '', 'heading-level': 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'nl-BE', 'fr', 'en'] },
    mode: { control: 'inline-radio', options: ['all', 'everyday', 'acute'] },
  },
  render: (args) => html`<back-pain-selfcare
    lang=${args.lang}
    mode=${args.mode}
    redflags-href=${args['redflags-href'] || nothing}
    heading-level=${args['heading-level']}
  ></back-pain-selfcare>`,
};
export default meta;

type Story = StoryObj<Args>;

export const All: Story = {};
export const AllEnglish: Story = { args: { lang: 'en' } };
export const Everyday: Story = { args: { mode: 'everyday' } };
export const EverydayEnglish: Story = { args: { lang: 'en', mode: 'everyday' } };
export const Acute: Story = { args: { mode: 'acute' } };
export const AcuteEnglish: Story = { args: { lang: 'en', mode: 'acute' } };
export const WithRedFlagsLink: Story = { args: { 'redflags-href': '/rugpijn/zelftest' } };
export const WithRedFlagsLinkEnglish: Story = { args: { lang: 'en', mode: 'acute', 'redflags-href': 'https://example.org/back-pain/check' } };
