import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/treatments/define.js';
import { TREATMENT_GROUPS } from '../src/content/structure.js';

interface Args {
  lang: string;
  group: string;
  compact: boolean;
  'heading-level': number;
  /** Width of the surrounding box, to show the layout a sidebar gets. */
  width: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/back-pain-treatments',
  component: 'back-pain-treatments',
  args: { lang: 'nl', group: '', compact: false, 'heading-level': 2, width: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'nl-BE', 'fr', 'en'] },
    group: { control: 'select', options: ['', ...TREATMENT_GROUPS] },
    width: { table: { disable: true } },
  },
  render: (args) => {
    const widget = html`<back-pain-treatments
      lang=${args.lang}
      group=${args.group || nothing}
      ?compact=${args.compact}
      heading-level=${args['heading-level']}
    ></back-pain-treatments>`;
    // A sidebar's width through a container, since the layout follows the container, not the viewport.
    return args.width ? html`<div style="max-width: ${args.width}">${widget}</div>` : widget;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const AllGroups: Story = {};
export const AllGroupsEnglish: Story = { args: { lang: 'en' } };
export const OneGroup: Story = { args: { group: 'advised-against' } };
export const OneGroupEnglish: Story = { args: { lang: 'en', group: 'advised-against' } };
export const Compact: Story = { args: { compact: true, width: '20em' } };
export const CompactEnglish: Story = { args: { lang: 'en', compact: true, width: '20em' } };
export const CompactOneGroup: Story = { args: { compact: true, group: 'helps', width: '20em' } };
