import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/check/define.js';
import type { BackPainCheck } from '../src/check/back-pain-check.js';
import { whenRendered } from './story-helpers.js';

interface Args {
  lang: string;
  'contact-name': string;
  'contact-phone': string;
  'contact-url': string;
  'physio-url': string;
  'heading-level': number;
  today: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/back-pain-check',
  component: 'back-pain-check',
  args: {
    lang: 'nl',
    'contact-name': '',
    'contact-phone': '',
    'contact-url': '',
    'physio-url': '',
    'heading-level': 2,
    today: '',
  },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'nl-BE', 'fr', 'en'] } },
  render: (args) => html`<back-pain-check
    lang=${args.lang}
    contact-name=${args['contact-name'] || nothing}
    contact-phone=${args['contact-phone'] || nothing}
    contact-url=${args['contact-url'] || nothing}
    physio-url=${args['physio-url'] || nothing}
    heading-level=${args['heading-level']}
    today=${args.today || nothing}
  ></back-pain-check>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Start: Story = {};
export const StartEnglish: Story = { args: { lang: 'en' } };
export const ForAnInsurerPortal: Story = {
  args: { 'contact-name': 'Zorgverzekeraar Voorbeeld', 'contact-phone': '0800 123 45 67', 'physio-url': '/fysiotherapeut-zoeken' },
};

/** The duration step, as a person reaches it: every warning sign answered "no". */
export const HowLong: Story = {
  play: async ({ canvasElement }) => {
    const check = canvasElement.querySelector<BackPainCheck>('back-pain-check')!;
    const redflags = await whenRendered(check, 'back-pain-redflags');
    await answerAllNo(redflags as HTMLElement & { updateComplete: Promise<unknown> });
    await whenRendered(check, '#duration:not([hidden])');
  },
};

async function answerAllNo(redflags: HTMLElement & { updateComplete: Promise<unknown> }) {
  for (let round = 0; round < 30; round += 1) {
    await redflags.updateComplete;
    const root = redflags.shadowRoot!;
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"][value="no"]')) {
      if (radio.offsetParent !== null && !root.querySelector(`input[name="${radio.name}"]:checked`)) radio.click();
    }
    await redflags.updateComplete;
    const next = root.querySelector<HTMLButtonElement>('button[part="next"]');
    if (!next) return;
    next.click();
  }
}
