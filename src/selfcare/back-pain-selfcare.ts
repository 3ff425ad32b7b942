import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { common, meta, selfCare, sources } from '../content/nl.js';
import { PREVENTION_TIP_IDS, SELF_CARE_IDS } from '../content/structure.js';
import type { AcuteText } from '../content/types.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { clearWarning, warnInvalid } from '../internal/warn.js';
import { checkWebAddress } from '../internal/web-address.js';
import { styles } from './back-pain-selfcare.styles.js';

const MODES = ['all', 'everyday', 'acute'] as const;
/** Which parts of the self-care advice the widget shows. */
export type SelfCareMode = (typeof MODES)[number];

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
 * @csspart redflags-link - The link to the page's red-flag self-check (only with a valid `redflags-href`).
 */
export class BackPainSelfcare extends BackPainElement<'selfCare'> {
  static override styles = [...BackPainElement.styles, styles];
  static override properties: PropertyDeclarations = {
    mode: {},
    redflagsHref: { attribute: 'redflags-href' },
  };

  protected readonly section = 'selfCare' as const;
  protected readonly dutch: WidgetContent<'selfCare'> = { meta, common, sources, selfCare };

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
  private redFlagsAddress?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('mode')) this.shownMode = this.checkMode();
    if (changed.has('redflagsHref')) this.redFlagsAddress = checkWebAddress(this, 'redflags-href', this.redflagsHref, 'The link is not shown.');
  }

  private checkMode(): SelfCareMode {
    // Null once the attribute is removed; enumerated HTML attributes ignore case.
    const value = (this.mode ?? '').trim().toLowerCase();
    const mode = value ? MODES.find((accepted) => accepted === value) : 'all';
    if (mode) {
      clearWarning(this, 'mode');
      return mode;
    }
    warnInvalid(this, 'mode', this.mode, MODES.join(', '), 'Showing all.');
    return 'all';
  }

  protected renderBody({ selfCare: t }: WidgetContent<'selfCare'>) {
    return html`
      ${this.renderTitle(t.title)}
      ${this.shownMode === 'acute'
        ? nothing
        : html`<div class="everyday" part="everyday">
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
      <section class="contact" part="contact" aria-labelledby="contact-title">
        <div class="section-title" id="contact-title" role="heading" aria-level=${this.subLevel}>
          ${t.whenToContact.title}
        </div>
        <p>${t.whenToContact.text}</p>
        ${this.redFlagsAddress
          ? html`<p><a class="redflags-link" part="redflags-link" href=${this.redFlagsAddress}>${t.redFlagsLink}</a></p>`
          : nothing}
      </section>
    `;
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
