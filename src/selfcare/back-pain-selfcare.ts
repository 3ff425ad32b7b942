import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { selfCareTexts } from '../content/load/self-care.js';
import { PREVENTION_TIP_IDS, SELF_CARE_IDS } from '../content/structure.js';
import type { AcuteText, CommonText, WhenToContactText } from '../content/types.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { parseKeyword } from '../internal/attributes.js';
import { RedFlagsLink, redFlagsLinkStyles } from '../internal/redflags-link.js';
import { emergencySignTexts } from '../internal/safety-net.js';
import { styles } from './back-pain-selfcare.styles.js';

const MODES = ['all', 'everyday', 'acute'] as const;
/** Which parts of the self-care advice the widget shows. */
export type SelfCareMode = (typeof MODES)[number];

/** The lines of "when to contact the GP", most urgent first. */
/** The lines under the emergency one, which lists the red-flag rules' emergency signs. */
const URGENT_LEVELS = ['urgent', 'soon'] as const;

/**
 * What people can do themselves for low back pain, most important step first, and what to do
 * when the back suddenly "goes": what is happening, what sets it off, the first hours and days,
 * and how to lower the chance that it happens again. It always closes with when to contact the
 * GP, optionally linking to the page's own red-flag self-check. No controls, no events.
 *
 * @tag back-pain-selfcare
 * @summary Self-care for low back pain, and what to do when your back suddenly "goes".
 *
 * @csspart everyday - The introduction and the self-care steps (modes `all` and `everyday`).
 * @csspart steps - The ordered list of self-care steps, most important first.
 * @csspart step - One self-care step.
 * @csspart acute - The section for when the back suddenly "goes" (modes `all` and `acute`).
 * @csspart prevention - The tips for later: staying fit, and habits that make daily tasks easier.
 * @csspart contact - When to contact the GP; the last section in every mode.
 * @csspart contact-levels - The three lines of when to contact the GP: call 112 now, call the GP today, make an appointment within a few days.
 * @csspart redflags-link - The link to the page's red-flag self-check (only with a valid `redflags-href`).
 */
export class BackPainSelfcare extends BackPainElement<'selfCare'> {
  static override styles = [...BackPainElement.styles, redFlagsLinkStyles, styles];
  static override properties: PropertyDeclarations = {
    mode: {},
    redflagsHref: { attribute: 'redflags-href' },
  };

  protected readonly section = 'selfCare' as const;
  protected readonly sectionTexts = selfCareTexts;

  /**
   * What to show: `all` (default: the self-care steps, then the section for when the back
   * suddenly "goes"), `everyday` (the steps only) or `acute` (only the sudden-pain section).
   * When to contact the GP closes every mode. Other values show `all`, with a warning.
   * @type {'all' | 'everyday' | 'acute'}
   */
  mode: SelfCareMode = 'all';

  /**
   * Address of the page's own red-flag self-check: an http(s) address or a path on this site
   * starting with "/". Shown as a link under "when to contact the GP"; other values (such as
   * `javascript:`) show no link, with a warning.
   */
  redflagsHref = '';

  private shownMode: SelfCareMode = 'all';
  private readonly redFlagsLink = new RedFlagsLink(this);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('mode')) this.shownMode = parseKeyword(this, 'mode', this.mode, MODES, 'Showing all.') ?? 'all';
  }

  protected renderBody(texts: WidgetContent<'selfCare'>) {
    const t = texts.selfCare;
    return html`
      ${this.renderTitle(t.title)}
      ${this.shownMode === 'acute'
        ? nothing
        : html`<div part="everyday">
            <p class="intro">${t.intro}</p>
            <ol class="steps" part="steps">
              ${SELF_CARE_IDS.map(
                (id) => html`<li class="step" part="step">
                  <p class="item-title">${t.steps[id].title}</p>
                  <p>${t.steps[id].text}</p>
                </li>`,
              )}
            </ol>
          </div>`}
      ${this.shownMode === 'everyday' ? nothing : this.renderAcute(t.acute)}
      ${this.renderContact(t.whenToContact, t.redFlagsLink, texts.common)}
    `;
  }

  private renderContact(contact: WhenToContactText, linkText: string, common: CommonText) {
    // role="list": Safari drops the list role of a list without bullets.
    return html`<section class="contact" part="contact" aria-labelledby="contact-title">
      <div class="section-title" id="contact-title" role="heading" aria-level=${this.subLevel}>${contact.title}</div>
      <ul class="contact-levels" part="contact-levels" role="list">
        <li class="emergency">
          <strong>${contact.levels.emergency.action}</strong>
          <ul>
            ${emergencySignTexts(common).map((sign) => html`<li>${sign}</li>`)}
          </ul>
        </li>
        ${URGENT_LEVELS.map((level) => html`<li class=${level}><strong>${contact.levels[level].action}</strong> ${contact.levels[level].signs}</li>`)}
      </ul>
      <p class="worried"><strong>${contact.worried}</strong></p>
      ${this.redFlagsLink.render(linkText)}
    </section>`;
  }

  private renderAcute(a: AcuteText) {
    const level = Math.min(this.level + 2, 6);
    const group = (heading: string, items: readonly string[]) => html`<div class="group">
      <div class="group-title" role="heading" aria-level=${level}>${heading}</div>
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>`;
    // role="list": Safari drops the list role of a list without bullets.
    return html`
      <section class="acute" part="acute" aria-labelledby="acute-title">
        <div class="section-title" id="acute-title" role="heading" aria-level=${this.subLevel}>${a.title}</div>
        ${a.whatHappens.map((text) => html`<p>${text}</p>`)}
        ${group(a.triggersHeading, a.triggers)}
        <div class="timing">${group(a.firstHoursHeading, a.firstHours)}${group(a.firstDaysHeading, a.firstDays)}</div>
        <div class="group-title" role="heading" aria-level=${level}>${a.preventionHeading}</div>
        <ul class="prevention" part="prevention" role="list">
          ${PREVENTION_TIP_IDS.map(
            (id) => html`<li class="tip">
              <p class="item-title">${a.prevention[id].title}</p>
              <p>${a.prevention[id].text}</p>
            </li>`,
          )}
        </ul>
      </section>
    `;
  }
}
