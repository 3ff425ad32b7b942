import { LitElement, ReactiveElement, html, isServer, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Content } from '../content/types.js';
import type { SectionId } from '../content/structure.js';
import {
  addedContent,
  availableLocales,
  isBuiltIn,
  loadPart,
  applyOverrides,
  onContentChange,
  overridesFor,
  type PartLoaders,
} from '../content/registry.js';
import { commonTexts } from '../content/load/common.js';
import { matchLocale } from '../content/match-locale.js';
import { onDocumentLanguageChange, requestedLanguage } from './language.js';
import { clearWarning, warnInvalid } from './warn.js';
import { parseKeyword, wholeNumberConverter } from './attributes.js';
import { footerStyles, renderFooter } from './footer.js';
import { tokens } from '../styles/tokens.js';

/** The part of the content one widget needs: its own section and the shared parts. */
export type WidgetContent<S extends SectionId> = Pick<Content, 'meta' | 'common' | 'sources' | S>;

const THEMES = ['auto', 'light', 'dark'] as const;

/**
 * The thin base of every widget: resolves the language, picks the texts for it (loading its
 * section and the shared texts on demand where they are not bundled in), re-renders when
 * `<html lang>` or registered content changes, and closes every widget with the shared footer of
 * sources and review date.
 *
 * The parts and custom properties below are shared by every widget.
 *
 * @csspart base - The wrapper of all content.
 * @csspart title - The widget's heading.
 * @csspart footer - Sources, review date and disclaimer.
 *
 * @cssproperty --bp-font-family - Font of the widget. Default: inherited from the page.
 * @cssproperty --bp-font-size - Base text size. Default: max(1.125rem, 18px): 18 px, or larger when the reader's root size is larger.
 * @cssproperty --bp-color-text - Text colour. Default: #1b1f24 (dark theme #eef1f5).
 * @cssproperty --bp-color-muted - Secondary text colour. Default: #4a5260 (dark #b9c0ca).
 * @cssproperty --bp-color-background - Background. Default: #ffffff (dark #15181c).
 * @cssproperty --bp-color-surface - Background of cards and groups. Default: #f2f4f7 (dark #22272e).
 * @cssproperty --bp-color-border - Borders and control outlines. Default: #6b7280 (dark #8b949e).
 * @cssproperty --bp-color-accent - Buttons and links. Default: #005eb8 (dark #7cb8ff).
 * @cssproperty --bp-color-on-accent - Text on the accent colour. Default: #ffffff (dark #0d1117).
 * @cssproperty --bp-color-focus - Outer colour of the two-colour focus ring (the inner one is yellow or black). Default: #000000 (dark #ffdd00).
 * @cssproperty --bp-color-emergency - Emergency card colour. Default: #b3261e (dark #ff9a90).
 * @cssproperty --bp-color-urgent - Urgent card colour. Default: #9c4400 (dark #ffb36b).
 * @cssproperty --bp-color-soon - "Within a few days" card colour. Default: #6e5400 (dark #f0cf66).
 * @cssproperty --bp-color-self-care - Self-care card colour. Default: #1d6b35 (dark #7fdc9b).
 * @cssproperty --bp-color-on-urgency - Text on the urgency colours. Default: #ffffff (dark #0d1117).
 * @cssproperty --bp-radius - Corner radius. Default: 0.5em.
 * @cssproperty --bp-space - Base spacing. Default: 1em.
 */
export abstract class BackPainElement<S extends SectionId> extends LitElement {
  static override styles = [tokens, footerStyles];
  static override properties: PropertyDeclarations = {
    // useDefault: the defaults are not written onto the host; a lang="" there would mark the
    // page's slotted content as in an unknown language.
    lang: { reflect: true, useDefault: true },
    headingLevel: { attribute: 'heading-level', converter: wholeNumberConverter },
    theme: { reflect: true, useDefault: true },
  };

  /**
   * Language of the widget: `nl`, `nl-BE` (Dutch for Belgium), `fr` (French for Belgium; any
   * `fr-*` too) or `en` (or one added with `registerContent`). When absent, the closest
   * ancestor's `lang` is used, then `<html lang>`, then Dutch.
   */
  override lang = '';

  /**
   * Level (1-6) of the widget's heading, so it fits the page's outline. Headings inside the
   * widget are one level lower.
   */
  headingLevel?: number = 2;

  /**
   * Colour theme: `auto` (the default) follows the page: dark where the page declares dark
   * support (`color-scheme: light dark`) and the reader prefers dark, else light. `light` or
   * `dark` fixes it, in any case. Urgency colours keep their meaning in both.
   */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Which section of the content this widget shows. */
  protected abstract readonly section: S;
  /** Where this widget's section is in each built-in language (see content/load/). */
  protected abstract readonly sectionTexts: PartLoaders<S>;
  /** The sections of other widgets this one shows too (the guided check shows the timeline's advice, for one). */
  protected readonly otherSections: readonly [SectionId, PartLoaders<SectionId>][] = [];

  /** The theme in use: `theme` when valid, else `auto`. */
  private shownTheme: (typeof THEMES)[number] = 'auto';
  /** The heading level in use: `headingLevel` when valid, else 2. */
  protected level = 2;
  /** The locale being shown, after resolution and fallback. */
  protected locale = 'nl';
  /** Texts for `locale`, or `undefined` while they load. */
  protected texts?: WidgetContent<S>;

  private unsubscribers: (() => void)[] = [];
  /** Locales whose texts failed to load (a missing file beside the script): shown in Dutch. */
  private unavailable = new Set<string>();

  override connectedCallback(): void {
    super.connectedCallback();
    const refresh = () => this.requestUpdate();
    this.unsubscribers = [onDocumentLanguageChange(refresh), onContentChange(refresh)];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribers.forEach((unsubscribe) => unsubscribe());
    this.unsubscribers = [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.level = this.checkHeadingLevel();
    if (changed.has('theme')) this.shownTheme = parseKeyword(this, 'theme', this.theme, THEMES, 'Following the page (auto).') ?? 'auto';
    const requested = this.resolveLocale();
    // A language whose texts failed to load shows Dutch, marked as Dutch.
    const locale = this.unavailable.has(requested) ? 'nl' : requested;
    const texts = this.textsFor(locale);
    // While another language loads, the last one stays: re-rendering the placeholder would throw
    // away the widget's DOM, and with it the answers a reader has given so far.
    if (texts || !this.texts) {
      this.locale = locale;
      this.texts = texts;
    }
  }

  private checkHeadingLevel(): number {
    const level = this.headingLevel;
    // undefined: the attribute was removed.
    if (level === undefined) return 2;
    if (Number.isInteger(level) && level >= 1 && level <= 6) {
      clearWarning(this, 'heading-level');
      return level;
    }
    warnInvalid(this, 'heading-level', this.getAttribute('heading-level') ?? level, 'a whole number from 1 to 6', 'Using 2.');
    return 2;
  }

  /** The level for headings inside the widget, one below its title. */
  protected get subLevel(): number {
    return Math.min(this.level + 1, 6);
  }

  private resolveLocale(): string {
    // The property, not the attribute: a new `lang` is reflected only after this runs.
    const requested = this.lang || requestedLanguage(this);
    const available = availableLocales();
    const locale = matchLocale(requested, available);
    if (locale) {
      clearWarning(this, 'lang');
      return locale;
    }
    warnInvalid(this, 'lang', requested, available.join(', '), 'Showing Dutch.');
    return 'nl';
  }

  private textsFor(locale: string): WidgetContent<S> | undefined {
    if (!isBuiltIn(locale)) return addedContent(locale);
    const parts = [
      loadPart(locale, 'common', commonTexts),
      loadPart(locale, this.section, this.sectionTexts),
      ...this.otherSections.map(([section, loaders]) => loadPart(locale, section, loaders)),
    ];
    if (!parts.some((part) => part instanceof Promise)) {
      return applyOverrides(Object.assign({}, ...parts) as WidgetContent<S>, overridesFor(locale));
    }
    if (isServer) {
      // A server renders once and cannot wait: the page must load the texts before rendering.
      console.warn(`<${this.localName}>: the ${locale} texts are not loaded, so it renders empty. Call \`await loadLocale('${locale}')\` from back-pain-widgets/content before rendering.`);
      return undefined;
    }
    Promise.all(parts).then(
      () => this.requestUpdate(),
      () => {
        if (this.unavailable.has(locale)) return;
        this.unavailable.add(locale);
        // Without Dutch there is nothing to fall back to: the reserved space stays.
        const fallback = locale === 'nl' ? 'No texts to show.' : 'Its texts could not be loaded; showing Dutch.';
        warnInvalid(this, 'lang', locale, 'nl', fallback);
        if (locale !== 'nl') this.requestUpdate();
      },
    );
    return undefined;
  }

  protected override update(changed: PropertyValues): void {
    // A server-rendered widget hydrates only with the texts it was rendered in: while they load,
    // keep the server's DOM (finish this update without rendering) rather than hydrating it with
    // the loading placeholder.
    if (!this.texts && !this.hasUpdated && this.renderRoot.querySelector('[part="base"]')) {
      ReactiveElement.prototype['update'].call(this, changed);
      return;
    }
    super.update(changed);
  }

  protected override render(): TemplateResult {
    const texts = this.texts;
    // Texts that are not bundled in load for a moment: reserve space, say nothing yet.
    if (!texts) return html`<div class="loading" aria-busy="true"></div>`;
    return html`<div class="widget theme-${this.shownTheme}" part="base" lang=${this.locale}>
      ${this.renderBody(texts)}${renderFooter(texts, this.section, this.locale)}
    </div>`;
  }

  /** The widget's heading, at the level the page asked for. */
  protected renderTitle(text: string): TemplateResult {
    return html`<div class="title" part="title" role="heading" aria-level=${this.level}>${text}</div>`;
  }

  /** The widget's own content, above the shared footer. */
  protected abstract renderBody(texts: WidgetContent<S>): unknown;
}
