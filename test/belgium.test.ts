import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getContent, registerContent, type Content } from '../src/content/index.js';
import {
  BELGIAN_LOCALES,
  COMBINATION_RULES,
  RED_FLAG_IDS,
  RED_FLAG_RULES,
  routeIn,
  type Country,
  type Route,
  type RouteId,
  type Urgency,
} from '../src/content/structure.js';
import type { DeepPartial } from '../src/content/registry.js';
import { manifestWidgets, settled } from './embedding/widgets.js';
import { shadowText, texts } from './helpers.js';
import '../src/index.js';

const widgets = (await manifestWidgets()).map(({ tag }) => tag);

/** Words of the Dutch health system that a reader in Flanders must not be sent to. */
const DUTCH_ONLY = /huisartsenpost|fysiotherap|zorgverzekeraar|bedrijfsarts/i;
/**
 * Words of the Belgian health system that a reader in the Netherlands must not be sent to (the
 * Dutch answer about work names the Belgian arbeidsarts as an aside, so it is not here).
 */
const BELGIAN_ONLY = /1733|kinesitherap|huisartsenwachtpost|ziekenfonds/i;

/** A widget in a language, once its texts have loaded; `lang` on a wrapper when `onParent`. */
async function render(tag: string, lang: string, onParent = false): Promise<HTMLElement> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const widget = document.createElement(tag);
  (onParent ? holder : widget).setAttribute('lang', lang);
  holder.append(widget);
  await settled(widget);
  await waitUntil(() => widget.shadowRoot!.querySelector('[part="base"]'), `<${tag}> in ${lang}`);
  return widget;
}

const shownLanguage = (widget: HTMLElement) => widget.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang');
const footerText = (widget: HTMLElement) => widget.shadowRoot!.querySelector('[part="footer"]')!.textContent!.replace(/\s+/g, ' ');

describe('Belgium: Dutch for Flanders (nl-BE) and French (fr)', () => {
  it('covers every widget', () => {
    expect(widgets).to.have.length.greaterThan(8);
  });

  describe('language resolution', () => {
    const cases: [string, string][] = [
      ['nl-BE', 'nl-BE'],
      ['nl-be', 'nl-BE'],
      ['NL-BE', 'nl-BE'],
      ['nl', 'nl'],
      ['nl-NL', 'nl'],
      ['fr', 'fr'],
      ['fr-BE', 'fr'],
      ['fr-FR', 'fr'],
      ['en-GB', 'en'],
      ['en-BE', 'en-BE'],
      ['en-be', 'en-BE'],
      ['en', 'en'],
    ];
    for (const [requested, shown] of cases) {
      it(`lang="${requested}" shows ${shown} and marks the content lang="${shown}"`, async () => {
        const own = await render('back-pain-redflags', requested);
        expect(shownLanguage(own)).to.equal(shown);
        expect(shadowText(own)).to.contain(getContent(shown)!.redFlags.title);
        const inherited = await render('back-pain-redflags', requested, true);
        expect(shownLanguage(inherited)).to.equal(shown);
      });
    }
  });

  for (const lang of BELGIAN_LOCALES) {
    for (const tag of widgets) {
      it(`<${tag}> renders in ${lang}, marked as ${lang}, with the Belgian sources in its footer`, async () => {
        const widget = await render(tag, lang);
        expect(shownLanguage(widget)).to.equal(lang);
        const { sources } = getContent(lang)!;
        const footer = footerText(widget);
        expect(footer).to.contain(sources['domus-medica']!.title).and.to.contain(sources['kce-287']!.title);
        expect(footer).not.to.contain('NHG').and.not.to.contain('KNGF');
        if (lang === 'nl-BE') expect(shadowText(widget)).not.to.match(DUTCH_ONLY);
      });
    }
  }

  for (const tag of widgets) {
    it(`<${tag}> in Dutch names the Dutch sources and nothing Belgian`, async () => {
      const widget = await render(tag, 'nl');
      expect(footerText(widget)).to.contain('NHG').and.not.to.contain('Domus Medica').and.not.to.contain('KCE');
      expect(shadowText(widget)).not.to.match(BELGIAN_ONLY);
    });
  }

  /** The red-flag routes a country's rules never lead to: their texts are never shown there. */
  const routesNeverUsedIn = (country: Country) => {
    const rules: Route[] = [...RED_FLAG_IDS.flatMap((id) => (RED_FLAG_RULES[id] as { route?: Route }).route ?? []), ...Object.values(COMBINATION_RULES).map(({ route }) => route)];
    const used = new Set<RouteId>(rules.map((route) => routeIn(route, country)));
    return (path: string) => /^redFlags\.routes\.([^.]+)\./.test(path) && !used.has(path.split('.')[2] as RouteId) && !['gp-soon', 'self-care'].includes(path.split('.')[2]!);
  };

  it('has no Dutch-only word in any nl-BE text, and no Belgian word in any nl text', () => {
    // A Dutch route that Belgian rules never take (the GP first for a nerve emergency) keeps its words.
    const neverInBelgium = routesNeverUsedIn('BE');
    expect(neverInBelgium('redFlags.routes.gp-now-or-112.title'), 'the Dutch nerve route is never Belgian').to.equal(true);
    const belgian = texts(getContent('nl-BE')).filter(([path, text]) => DUTCH_ONLY.test(text) && !neverInBelgium(path));
    expect(belgian.map(([path]) => path)).to.deep.equal([]);
    const dutch = texts(getContent('nl')).filter(([, text]) => BELGIAN_ONLY.test(text));
    expect(dutch.map(([path]) => path)).to.deep.equal([]);
  });

  it('keeps every Dutch text that Belgium does not change: a fix in Dutch reaches Flanders', () => {
    const nl = getContent('nl')!;
    const be = getContent('nl-BE')!;
    expect(be.lifting).to.deep.equal(nl.lifting);
    expect(be.redFlags.flags.fever).to.deep.equal(nl.redFlags.flags.fever);
    expect(be.redFlags.routes['gp-today'].title).to.equal(nl.redFlags.routes['gp-today'].title);
    expect(be.redFlags.routes['gp-today'].outOfHours).not.to.equal(nl.redFlags.routes['gp-today'].outOfHours);
    expect([nl.meta.country, be.meta.country]).to.deep.equal(['NL', 'BE']);
  });

  describe('the red-flag check sends a Belgian reader to 1733 out of hours', () => {
    const allNo = Object.fromEntries(RED_FLAG_IDS.map((id) => [id, 'no']));
    const signFor = (urgency: Urgency) => RED_FLAG_IDS.find((id) => RED_FLAG_RULES[id].urgency === urgency)!;

    async function outcome(lang: string, urgency: Urgency): Promise<string> {
      const el = await render('back-pain-redflags', lang);
      el.setAttribute('layout', 'list');
      await settled(el);
      const answers: Record<string, string> = { ...allNo, [signFor(urgency)]: 'yes' };
      for (const [id, value] of Object.entries(answers)) {
        // Follow-up questions are not on screen without the yes that opens them.
        el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`)?.click();
        await settled(el);
      }
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]')?.click();
      await settled(el);
      const card = el.shadowRoot!.querySelector<HTMLElement>('#outcome')!;
      expect(card.classList.contains(urgency), `${urgency} card in ${lang}`).to.equal(true);
      return card.textContent!.replace(/\s+/g, ' ');
    }

    for (const lang of BELGIAN_LOCALES) {
      it(`urgent in ${lang} names 1733`, async () => {
        expect(await outcome(lang, 'urgent')).to.contain('1733');
      });
      it(`emergency in ${lang} sends to 112 or the emergency department, never 1733`, async () => {
        const text = await outcome(lang, 'emergency');
        expect(text).to.contain('112').and.to.match(/spoedgevallendienst|urgences|emergency department/);
        expect(text).not.to.contain('1733');
      });
    }
    it('en-BE: English words with Belgian routes, through the real element', async () => {
      const urgent = await outcome('en-BE', 'urgent');
      expect(urgent).to.contain('1733').and.to.contain('GP on duty').and.not.to.contain('huisartsenpost');
      const emergency = await outcome('en-BE', 'emergency');
      expect(emergency).to.contain('112').and.to.contain('emergency department').and.to.contain('spoedgevallendienst / urgences');
      expect(emergency).not.to.contain('1733').and.not.to.contain('huisartsenpost');
      const english = await outcome('en', 'urgent');
      expect(english, 'en alone keeps the Dutch routes').to.contain('huisartsenpost').and.not.to.contain('1733');
    });

    it('en-BE sends to a kinesitherapist with the prescription rule, and names Belgian painkillers', () => {
      const content = getContent('en-BE')!;
      expect(content.meta.country).to.equal('BE');
      // A Dutch route that Belgian rules never take keeps its words.
      const neverInBelgium = routesNeverUsedIn('BE');
      const all = texts(content).filter(([path]) => !path.startsWith('sources.') && !neverInBelgium(path));
      expect(all.filter(([, text]) => /huisartsenpost|supplementary insurance|drogist/i.test(text)).map(([path]) => path)).to.deep.equal([]);
      expect(content.check.nextStep['gp-or-physio']).to.contain('kinesitherapist').and.to.contain("doctor's prescription");
      expect(content.selfCare.steps.painkillers.text).to.contain('Asaflow').and.to.contain('first choice');
      expect(content.faq.items.pregnancy.answer.join(' ')).to.contain('Asaflow');
    });

    for (const urgency of ['emergency', 'urgent'] as const) {
      it(`${urgency} in nl names the huisartsenpost, never 1733`, async () => {
        const text = await outcome('nl', urgency);
        expect(text).to.contain('huisartsenpost').and.not.to.match(BELGIAN_ONLY);
      });
    }
  });

  it('takes registered overrides for nl-BE in any case, and leaves Dutch alone', async () => {
    const title = 'Moet ik naar de dokter? (proef)';
    expect(registerContent('nl-be', { redFlags: { title } }).ok).to.equal(true);
    try {
      const widget = await render('back-pain-redflags', 'nl-BE');
      await waitUntil(() => shadowText(widget).includes(title), 'the override');
      expect(getContent('nl')!.redFlags.title).not.to.equal(title);
    } finally {
      registerContent('nl-BE', { redFlags: { title: getContent('nl')!.redFlags.title } });
    }
  });

  it('types an overlay so that it can only override paths that exist', () => {
    const overlay: DeepPartial<Pick<Content, 'redFlags'>> = {
      redFlags: {
        routes: { 'gp-today': { title: 'Bel vandaag uw huisarts' } },
        // @ts-expect-error: no such path in the content
        outOfHoursNumber: '1733',
      },
    };
    expect(overlay.redFlags?.routes?.['gp-today']?.title).to.be.a('string');
  });
});
