import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/lifting-tips/define.js';

interface Args {
  lang: string;
  topics: string;
  layout: 'list' | 'tabs';
  'heading-level': number;
  /** Width of the box around the widget, to show it in a sidebar. */
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/lifting-tips',
  component: 'lifting-tips',
  args: { lang: 'nl', topics: '', layout: 'list', 'heading-level': 2 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'nl-BE', 'fr', 'en'] },
    layout: { control: 'inline-radio', options: ['list', 'tabs'] },
    width: { table: { disable: true } },
  },
  render: (args) => html`<div style=${args.width ? `max-width: ${args.width}` : nothing}>
    <lifting-tips
      lang=${args.lang}
      topics=${args.topics || nothing}
      layout=${args.layout}
      heading-level=${args['heading-level']}
    ></lifting-tips>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = {};
export const ListEnglish: Story = { args: { lang: 'en' } };
export const Tabs: Story = { args: { layout: 'tabs' } };
export const TabsEnglish: Story = { args: { lang: 'en', layout: 'tabs' } };
export const SomeTopics: Story = { args: { topics: 'lifting sitting standing-up' } };
export const SomeTopicsEnglish: Story = { args: { lang: 'en', topics: 'lifting sitting standing-up' } };
export const TabsInASidebar: Story = { args: { layout: 'tabs', width: '280px' } };
export const TabsInASidebarEnglish: Story = { args: { lang: 'en', layout: 'tabs', width: '280px' } };
