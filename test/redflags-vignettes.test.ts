/**
 * Clinical vignettes: people described in a line, answered through the real element as they would
 * answer (yes to what they have, no to the rest, follow-up questions as they appear), each with
 * the level and route a GP would expect from the facts file's rules. Written apart from the rule
 * table: a changed rule, route or text shows up here as a person sent the wrong way.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/redflags/define.js';
import type { BackPainRedflags, RedFlagsResultDetail } from '../src/redflags/back-pain-redflags.js';
import { getContent, loadLocale } from '../src/content/index.js';
import type { RedFlagId, RouteId, Urgency } from '../src/content/structure.js';

/** Nerve emergencies go to the GP first in the Netherlands, to 112 or the emergency department in Belgium. */
const NERVE = { NL: 'gp-now-or-112', BE: '112-or-emergency-department' } as const;

/** Each vignette as a Dutch and a Belgian reader gets it; `nerve` stands for the country's nerve route. */
const VIGNETTES: [who: string, yes: RedFlagId[], urgency: Urgency, route: RouteId | 'nerve'][] = [
  ['a removal man, 34, sudden pain after lifting a sofa, nothing else', [], 'self-care', 'self-care'],
  ['a woman, 52, who cannot start peeing since her back pain began', ['bladder-bowel'], 'emergency', 'nerve'],
  ['a man, 45, constipated from codeine and nothing else (answers no to the bladder question)', [], 'self-care', 'self-care'],
  ['a woman, 38, whose wiping feels different since yesterday', ['saddle-numbness'], 'emergency', 'nerve'],
  ['a man, 41, with new erection trouble since the back pain', ['sex-changed'], 'emergency', 'nerve'],
  ['a man, 60, with new numbness in both legs since this back pain', ['both-legs'], 'emergency', 'nerve'],
  ['a woman, 48, whose foot drags more each day', ['leg-weakness-worsening', 'leg-weakness-new'], 'emergency', 'nerve'],
  ['a man, 39, whose foot drags since Monday, not getting worse', ['leg-weakness-new'], 'urgent', 'gp-today'],
  ['a woman, 67, treated for breast cancer years ago, now a weak leg', ['cancer-history', 'leg-weakness-new'], 'emergency', 'nerve'],
  ['a man, 55, in chemotherapy, with a weak leg', ['cancer-history', 'cancer-now', 'leg-weakness-new'], 'emergency', 'nerve'],
  ['a woman, 44, with a fever and a weak leg', ['fever', 'leg-weakness-new'], 'emergency', 'nerve'],
  ['a man, 36, who injects drugs, with a weak leg', ['injecting-drugs', 'leg-weakness-new'], 'emergency', 'nerve'],
  ['a woman, 58, after a back injection last week, with a weak leg', ['back-procedure', 'leg-weakness-new'], 'emergency', 'nerve'],
  ['a woman, 74, who fell at home, with a weak leg', ['minor-trauma-fragile', 'leg-weakness-new'], 'emergency', 'nerve'],
  ['a man, 50, on immune-suppressing medicines, with a weak leg', ['low-immunity', 'leg-weakness-new'], 'emergency', 'nerve'],
  ['a man, 42, feeling ill, with a weak leg', ['feeling-ill', 'leg-weakness-new'], 'emergency', 'nerve'],
  ['a woman, 33, with sciatica below the knee and nothing else', ['radiating-below-knee'], 'soon', 'gp-soon'],
  ['a man, 47, with tingling in one leg and pain below the knee', ['leg-numbness', 'radiating-below-knee'], 'soon', 'gp-soon'],
  ['a woman, 61, with cancer in the past and a tingling leg', ['cancer-history', 'leg-numbness'], 'urgent', 'gp-today'],
  ['a man, 29, with a fever and pain below the knee', ['fever', 'radiating-below-knee'], 'urgent', 'gp-today'],
  ['a man, 46, who injects drugs, with pain below the knee', ['injecting-drugs', 'radiating-below-knee'], 'urgent', 'gp-today'],
  ['a woman, 40, with a fever and a weak immune system', ['fever', 'low-immunity'], 'emergency', 'treating-team-now'],
  ['a man, 57, in cancer treatment, with a fever', ['cancer-history', 'cancer-now', 'fever'], 'emergency', 'treating-team-now'],
  ['a woman, 63, in cancer treatment, otherwise well', ['cancer-history', 'cancer-now'], 'urgent', 'treating-team-today'],
  ['a man, 70, with prostate cancer ten years ago, otherwise well', ['cancer-history'], 'soon', 'gp-soon'],
  ['a man, 72, with cancer in the past and night pain', ['cancer-history', 'night-pain'], 'urgent', 'gp-today'],
  ['a woman, 35, with a fever and nothing else', ['fever'], 'urgent', 'gp-today'],
  ['a man, 44, who feels ill and has a fever', ['fever', 'feeling-ill'], 'urgent', 'gp-today'],
  ['a woman, 30, after a bladder infection last week', ['recent-infection'], 'soon', 'gp-soon'],
  ['a woman, 31, after a bladder infection, with night pain', ['recent-infection', 'night-pain'], 'urgent', 'gp-today'],
  ['a man, 25, after a motorbike accident', ['major-trauma'], 'emergency', 'call-112'],
  ['a woman, 78, who slipped on the stairs', ['minor-trauma-fragile'], 'urgent', 'gp-today'],
  ['a man, 66, sudden tearing pain in the belly and back, in every position', ['sudden-severe-pain', 'over-40'], 'emergency', 'call-112'],
  ['a woman, 32, sudden very bad pain in every position', ['sudden-severe-pain'], 'urgent', 'gp-today'],
  ['a man, 71, with a known aneurysm and new back pain', ['aortic-aneurysm'], 'emergency', 'call-112'],
  ['a man, 58, who went pale and sweaty when the pain began', ['faint-pale-sweaty'], 'emergency', 'call-112'],
  ['a woman, 54, with pain between the shoulder blades', ['chest-pain'], 'emergency', 'call-112'],
  ['a man, 64, with chest pain and trouble peeing', ['chest-pain', 'bladder-bowel'], 'emergency', 'call-112'],
  ['a woman, 49, with a new swelling on her back', ['back-swelling'], 'urgent', 'gp-today'],
  ['a man, 68, whose back has changed shape, with weight loss', ['back-swelling', 'weight-loss'], 'urgent', 'gp-today'],
  ['a man, 56, losing weight without trying', ['weight-loss'], 'soon', 'gp-soon'],
  ['a woman, 59, losing weight with night pain', ['weight-loss', 'night-pain'], 'urgent', 'gp-today'],
  ['a woman, 62, on prednisone for a year', ['steroid-pills'], 'soon', 'gp-soon'],
  ['a woman, 66, on prednisone, with osteoporosis (one sign: weak bones)', ['steroid-pills', 'osteoporosis'], 'soon', 'gp-soon'],
  ['a man, 52, first back pain ever, with osteoporosis', ['age-onset', 'osteoporosis'], 'urgent', 'gp-today'],
  ['a man, 26, stiff every morning since his teens', ['morning-stiffness'], 'soon', 'gp-soon'],
  ['a woman, 43, still very bad after ten days', ['severe-after-week'], 'soon', 'gp-soon'],
  ['a man, 50, eight weeks of pain, not yet discussed', ['longer-than-6-weeks'], 'soon', 'gp-soon'],
  ['a woman, 29, pregnant, back pain only', ['pregnant'], 'self-care', 'self-care'],
  ['a woman, 31, pregnant, pain coming in waves', ['pregnant', 'pregnancy-contractions'], 'urgent', 'midwife-now'],
  ['a woman, 27, pregnant, losing fluid', ['pregnant', 'pregnancy-blood-loss'], 'urgent', 'midwife-now'],
  ['a woman, 34, pregnant, with pain when peeing', ['pregnant', 'pregnancy-fever-peeing'], 'urgent', 'midwife-now'],
  ['a woman, 36, pregnant, the baby moving less', ['pregnant', 'pregnancy-baby-moving-less'], 'urgent', 'midwife-now'],
  ['a woman, 30, pregnant, with new numbness between the legs', ['pregnant', 'saddle-numbness'], 'emergency', 'nerve'],
  ['a man, 48, injecting drugs, with a weak immune system', ['injecting-drugs', 'low-immunity'], 'urgent', 'gp-today'],
  ['a woman, 57, after a back operation, otherwise well', ['back-procedure'], 'urgent', 'gp-today'],
  ['a woman, 80, who fell, and whose back has changed shape since', ['minor-trauma-fragile', 'back-swelling'], 'urgent', 'gp-today'],
  ['a man, 35, faint and sweaty with sudden very bad pain', ['sudden-severe-pain', 'faint-pale-sweaty'], 'emergency', 'call-112'],
  ['a man, 60, in chemotherapy, with night pain and weight loss', ['cancer-history', 'cancer-now', 'night-pain', 'weight-loss'], 'urgent', 'treating-team-today'],
  ['a woman, 24, with a skin infection last week and now a fever', ['fever', 'recent-infection'], 'urgent', 'gp-today'],
  ['a man, 19, with back pain for the first time, otherwise well', ['age-onset'], 'soon', 'gp-soon'],
  ['a woman, 45, on immune-suppressing medicines, with a fever and a weak leg', ['fever', 'low-immunity', 'leg-weakness-new'], 'emergency', 'nerve'],
];

const LANGUAGES = [
  ['nl', 'NL'],
  ['en', 'NL'],
  ['nl-BE', 'BE'],
  ['fr', 'BE'],
  ['en-BE', 'BE'],
] as const;

const root = (el: BackPainRedflags) => el.shadowRoot!;

/** Answers as the person would: yes to their signs, no to the rest, follow-ups as they appear. */
async function answerAs(el: BackPainRedflags, yes: readonly RedFlagId[]) {
  for (let round = 0; round < 5; round += 1) {
    const open = [...root(el).querySelectorAll<HTMLElement>('[role="radiogroup"]')]
      .map((group) => group.querySelector('input')!.name as RedFlagId)
      .filter((id) => !root(el).querySelector<HTMLInputElement>(`input[name="${id}"]:checked`));
    if (open.length === 0) return;
    for (const id of open) {
      root(el).querySelector<HTMLInputElement>(`input[name="${id}"][value="${yes.includes(id) ? 'yes' : 'no'}"]`)!.click();
      await el.updateComplete;
    }
  }
}

describe('red-flag vignettes through the element, in every language', () => {
  before(async () => {
    await Promise.all(['en', 'fr', 'nl-BE', 'en-BE'].map((lang) => loadLocale(lang)));
  });

  // Spread the vignettes over the languages, so that each language meets every kind of case.
  VIGNETTES.forEach(([who, yes, urgency, route], index) => {
    for (const [lang, country] of [LANGUAGES[index % LANGUAGES.length]!, LANGUAGES[(index + 1) % LANGUAGES.length]!]) {
      const expectedRoute = route === 'nerve' ? NERVE[country] : route;
      it(`${who} (${lang}): ${urgency}, ${expectedRoute}`, async () => {
        const texts = getContent(lang)!.redFlags;
        const results: RedFlagsResultDetail[] = [];
        const el = await fixture<BackPainRedflags>(
          html`<back-pain-redflags lang=${lang} layout="list" @redflags-result=${(event: CustomEvent<RedFlagsResultDetail>) => results.push(event.detail)}></back-pain-redflags>`,
        );
        await waitUntil(() => root(el).querySelector('[role="heading"]')?.textContent?.trim() === texts.title, `${lang} texts`);
        await answerAs(el, yes);
        const card = root(el).querySelector<HTMLElement>('#outcome');
        expect(card, 'an outcome').to.exist;
        expect(card!.classList.contains(urgency), `${urgency} card, got ${card!.className}`).to.equal(true);
        expect(card!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(texts.routes[expectedRoute].title);
        const last = results.at(-1)!;
        expect([last.urgency, last.route, last.lang]).to.deep.equal([urgency, expectedRoute, lang]);
        expect([...last.signs].sort()).to.deep.equal([...yes].sort());
        const listed = card!.querySelector('.because + ul')?.textContent ?? '';
        for (const id of yes) expect(listed, `${id} is named`).to.contain(texts.flags[id].summary);
        const text = card!.textContent!;
        if (country === 'BE' && urgency === 'emergency') expect(text, 'no 1733 for an emergency in Belgium').not.to.contain('1733');
        if (country === 'NL') expect(text, 'no Belgian numbers in the Netherlands').not.to.contain('1733');
      });
    }
  });

  it('holds at least 60 vignettes, in every language', () => {
    expect(VIGNETTES.length).to.be.at.least(60);
  });

  it('steps through a combination as a person on a phone does: cancer, then a weak leg, in steps', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags lang="nl-BE"></back-pain-redflags>`);
    await waitUntil(() => root(el).querySelector('fieldset'));
    const yes: RedFlagId[] = ['leg-weakness-new', 'cancer-history', 'cancer-now'];
    const steps: string[] = [];
    for (let step = 0; step < 10 && !root(el).querySelector('#outcome'); step += 1) {
      steps.push(root(el).querySelector('.step')!.textContent!.trim());
      await answerAs(el, yes);
      root(el).querySelector<HTMLButtonElement>('button[part="next"]')!.click();
      await el.updateComplete;
    }
    const texts = getContent('nl-BE')!.redFlags;
    // The follow-up about treatment now appears in step 5, and the total stays 7; the outcome
    // shows after step 5, where the combination became an emergency.
    expect(steps, 'the number of steps stays true').to.deep.equal([1, 2, 3, 4, 5].map((step) => texts.stepProgress(step, 7)));
    const card = root(el).querySelector('#outcome')!;
    expect(card.classList.contains('emergency')).to.equal(true);
    expect(card.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(texts.routes['112-or-emergency-department'].title);
  });
});
