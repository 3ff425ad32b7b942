import { html, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { treatmentsTexts } from '../content/load/treatments.js';
import { TREATMENT_GROUPS, TREATMENTS, type TreatmentGroup } from '../content/structure.js';
import { BackPainElement, type WidgetContent } from '../internal/back-pain-element.js';
import { checkBooleanAttribute, parseKeyword } from '../internal/attributes.js';
import { RedFlagsLink, redFlagsLinkStyles } from '../internal/redflags-link.js';
import { styles } from './back-pain-treatments.styles.js';
import { disclosureStyles } from '../styles/disclosure.js';
import { iconStyles } from '../styles/icon.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.js';

/** One icon per group, so a group never depends on colour alone. Decorative: words say it too. */
const groupIcons: Record<TreatmentGroup, ReturnType<typeof svg>> = {
  helps: svg`<circle cx="12" cy="12" r="9" /><path d="m8 12 3 3 5-6" />`,
  'may-help': svg`<circle cx="12" cy="12" r="9" /><path d="M7.5 13.5c1.5-2.5 3-2.5 4.5-1s3 1.5 4.5-1" />`,
  'advised-against': svg`<circle cx="12" cy="12" r="9" /><path d="m5.6 5.6 12.8 12.8" />`,
};

type Texts = WidgetContent<'treatments'>['treatments'];

/**
 * What helps for ordinary (non-specific) low back pain, in three groups: what helps, what may
 * help (evidence mixed or small) and what is advised against. Each treatment has its name and a
 * one-line why in plain words. Each group is marked by its heading, an icon and its words, never
 * by colour alone; each treatment carries its group's icon and word too. The widget always ends with the line that the GP or physiotherapist decides
 * together with the patient, so it never reads as advice for one person.
 *
 * Wide containers (48em and up) show the groups in three columns, narrower ones in one column.
 *
 * @tag back-pain-treatments
 * @summary Treatments for low back pain in three groups: helps, may help, advised against.
 *
 * @csspart groups - The wrapper of the groups (a grid: three columns when wide, one when narrow).
 * @csspart group - One group: its heading, explanation and list of treatments.
 * @csspart group-helps - The group of treatments that help (also has the part `group`).
 * @csspart group-may-help - The group of treatments that may help (also has the part `group`).
 * @csspart group-advised-against - The group of treatments that are advised against (also has the part `group`).
 * @csspart treatment - One treatment: its name and why (in compact mode a disclosure).
 * @csspart marker - The group's icon before each treatment's name (the group's word is there for screen readers).
 * @csspart decide-together - The closing line that the GP or physiotherapist decides together with the patient.
 * @csspart redflags-link - The link to the page's red-flag self-check (only with a valid `redflags-href`).
 *
 * @cssproperty --bp-treatments-color-helps - Border and icon colour of the "helps" group. Default: `--bp-color-self-care`.
 * @cssproperty --bp-treatments-color-may-help - Border and icon colour of the "may help" group. Default: `--bp-color-soon`.
 * @cssproperty --bp-treatments-color-advised-against - Border and icon colour of the "advised against" group. Default: `--bp-color-emergency`.
 */
export class BackPainTreatments extends BackPainElement<'treatments'> {
  static override styles = [...BackPainElement.styles, disclosureStyles, iconStyles, visuallyHiddenStyles, redFlagsLinkStyles, styles];
  static override properties: PropertyDeclarations = { group: {}, compact: { type: Boolean }, redflagsHref: { attribute: 'redflags-href' } };

  protected readonly section = 'treatments' as const;
  protected readonly sectionTexts = treatmentsTexts;

  /**
   * Show one group only: `helps`, `may-help` or `advised-against`. Absent or empty shows all
   * three; any other value shows all three and logs one warning.
   * @type {'helps' | 'may-help' | 'advised-against' | ''}
   */
  group: TreatmentGroup | '' = '';

  /**
   * Compact layout for sidebars: each treatment shows its name only, and its why opens in a
   * disclosure (details/summary, by click, Enter or Space); spacing and text are smaller. The
   * group headings, their explanations and the closing line stay.
   */
  compact = false;

  /**
   * Address of the page's own red-flag self-check: an http(s) address, a path on this site
   * starting with "/" or a place on this page starting with "#". Shown as a link "Do the check
   * first" under the introduction; other values (such as `javascript:`) show no link, with a
   * warning.
   */
  redflagsHref = '';

  private readonly redFlagsLink = new RedFlagsLink(this);
  /** The groups to show, after checking `group`. */
  private shown: readonly TreatmentGroup[] = TREATMENT_GROUPS;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('group')) {
      const group = parseKeyword(this, 'group', this.group, TREATMENT_GROUPS, 'Showing all groups.');
      this.shown = group ? [group] : TREATMENT_GROUPS;
    }
    if (changed.has('compact')) checkBooleanAttribute(this, 'compact', 'Showing the compact layout.');
  }

  protected renderBody({ treatments: t, common }: WidgetContent<'treatments'>) {
    return html`
      ${this.renderTitle(t.title)}
      <p class="intro">${t.intro}</p>
      ${this.redFlagsLink.render(common.redFlagsCheck)}
      <div class="groups ${this.shown.length > 1 ? 'all' : ''} ${this.compact ? 'compact' : ''}" part="groups">
        ${this.shown.map((group) => this.renderGroup(group, t))}
      </div>
      <p class="decide" part="decide-together">${t.decideTogether}</p>
    `;
  }

  /**
   * Each name carries its group's icon and, for screen readers, its group's word, so that an item
   * means the same when its heading has scrolled out of view or is read on its own.
   */
  private renderName(group: TreatmentGroup, name: string, t: Texts) {
    return html`<svg class="icon marker" part="marker" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${groupIcons[group]}</svg
      ><span class="visually-hidden">${t.markers[group]}: </span><span class="treatment-name">${name}</span>`;
  }

  /** `role="list"` because Safari drops list semantics from a list without bullets. */
  private renderGroup(group: TreatmentGroup, t: Texts) {
    return html`
      <div class="group ${group}" part="group group-${group}">
        <div class="group-heading" role="heading" aria-level=${this.subLevel}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${groupIcons[group]}</svg>
          <span>${t.groups[group].title}</span>
        </div>
        <p class="group-text">${t.groups[group].text}</p>
        <ul class="treatments" role="list">
          ${TREATMENTS[group].map((id) => {
            const { name, why } = t.items[id];
            const marked = this.renderName(group, name, t);
            return html`<li class="treatment" part="treatment">
              ${this.compact
                ? html`<details><summary>${marked}</summary><p class="why">${why}</p></details>`
                : html`<p class="name">${marked}</p><p class="why">${why}</p>`}
            </li>`;
          })}
        </ul>
      </div>
    `;
  }
}
