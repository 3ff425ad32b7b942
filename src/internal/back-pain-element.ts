import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Content } from '../content/types.js';
import type { SectionId } from '../content/structure.js';
import {
  addedContent,
  availableLocales,
  loadBuiltIn,
  loadedContent,
  mergeDeep,
  onContentChange,
  overridesFor,
} from '../content/registry.js';
import { matchLocale, onDocumentLanguageChange, requestedLanguage } from './language.js';
import { clearWarning, warnInvalid } from './warn.js';
import { footerStyles, renderFooter } from './footer.js';
import { tokens } from '../styles/tokens.js';

/** The part of the content one widget needs: its own section and the shared parts. */
export type WidgetContent<S extends SectionId> = Pick<Content, 'meta' | 'common' | 'sources' | S>;

/**
 * The thin base of every widget: resolves the language, picks the texts for it (loading other
 * languages than Dutch on demand), re-renders when `<html lang>` or registered content changes,
 * and closes every widget with the shared footer of sources and review date.
 */
export abstract class BackPainElement<S extends SectionId> extends LitElement {
  static override styles = [tokens, footerStyles];

  /**
   * Language of the widget: `nl` or `en` (or one added with `registerContent`). When absent, the
   * closest ancestor's `lang` is used, then `<html lang>`, then Dutch.
   */
  @property({ reflect: true }) override lang = '';

  /** Which section of the content this widget shows. */
  protected abstract readonly section: S;
  /** The built-in Dutch texts, imported statically so they are in the widget's own bundle. */
  protected abstract readonly dutch: WidgetContent<S>;

  /** The locale being shown, after resolution and fallback. */
  protected locale = 'nl';
  /** Texts for `locale`, or `undefined` while they load. */
  protected texts?: WidgetContent<S>;

  private unsubscribers: (() => void)[] = [];
  /** Locales whose texts failed to load (a missing file beside the bundle): shown in Dutch. */
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
    this.locale = this.resolveLocale();
    this.texts = this.textsFor(this.locale);
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
    if (locale === 'nl') return mergeDeep(this.dutch, overridesFor(locale));
    if (locale !== 'en') return addedContent(locale);
    if (this.unavailable.has(locale)) return this.dutch;
    const loaded = loadedContent(locale);
    if (loaded) return mergeDeep(loaded, overridesFor(locale));
    loadBuiltIn(locale).then(
      () => this.requestUpdate(),
      () => {
        warnInvalid(this, 'lang', locale, 'nl', 'Its texts could not be loaded; showing Dutch.');
        this.unavailable.add(locale);
        this.requestUpdate();
      },
    );
    return undefined;
  }

  protected override render(): TemplateResult {
    const texts = this.texts;
    // Only a language other than Dutch loads, for a moment: reserve space, say nothing yet.
    if (!texts) return html`<div class="loading" aria-busy="true"></div>`;
    return html`<div class="widget" part="base" lang=${this.locale}>
      ${this.renderBody(texts)}${renderFooter(texts, this.section, this.locale)}
    </div>`;
  }

  /** The widget's own content, above the shared footer. */
  protected abstract renderBody(texts: WidgetContent<S>): unknown;
}
