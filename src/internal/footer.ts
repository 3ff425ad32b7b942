import { css, html } from 'lit';
import type { Content } from '../content/types.js';
import { BELGIAN_LOCALES, BELGIAN_SOURCE_IDS, BRITISH_SOURCE_IDS, SECTION_SOURCES, type SectionId, type SourceId } from '../content/structure/sources.js';

/**
 * Formats calendar dates (read as UTC midnight) for a reader. English is written day first, as
 * British English does: the readers live in Europe. A language code Intl does not know (one a
 * deployer registered) gets the browser's own format rather than an error.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { ...options, timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
  }
}

/** An ISO date for a reader ("22 november 2026"); the ISO date itself if it is not a real date. */
export function formatDate(isoDate: string, locale: string): string {
  try {
    return dateFormat(locale, { dateStyle: 'long' }).format(new Date(`${isoDate}T00:00:00Z`));
  } catch {
    return isoDate;
  }
}

/**
 * The footer every widget ends with: a disclaimer, the sources it draws on, and the last and next
 * review dates. Readers in Belgium see the Belgian guidelines. role="none": a <footer> outside the page's sectioning elements would be a second
 * contentinfo landmark of the page in some browsers.
 */
export function renderFooter(texts: Pick<Content, 'meta' | 'common' | 'sources'>, section: SectionId, locale: string) {
  const { common, sources, meta } = texts;
  const own = SECTION_SOURCES[section];
  const shown: readonly SourceId[] = BELGIAN_LOCALES.includes(locale)
    ? [...BELGIAN_SOURCE_IDS, ...own.filter((id) => BRITISH_SOURCE_IDS.includes(id))]
    : own;
  return html`<footer part="footer" class="footer" role="none">
    <p>${common.disclaimer}</p>
    <p class="footer-heading">${common.sourcesHeading}</p>
    <ul>
      ${shown.map((id) => {
        // A language a deployer added may lack the Belgian sources: they are optional.
        const source = sources[id];
        if (!source) return '';
        const { title, titleLang, about, publisher, year, updated } = source;
        return html`<li>
          <cite lang=${titleLang}>${title}</cite>${about ? `, ${about}` : ''} (${publisher}${year ? `, ${year}` : ''}${updated ? `, ${common.updatedIn} ${updated}` : ''})
        </li>`;
      })}
    </ul>
    <p>
      <span class="review-date">${common.reviewedLabel}: <time datetime=${meta.reviewed}>${formatDate(meta.reviewed, locale)}</time>.</span>
      <span class="review-date">${common.nextReviewLabel}: <time datetime=${meta.nextReview}>${formatDate(meta.nextReview, locale)}</time>.</span>
    </p>
  </footer>`;
}

export const footerStyles = css`
  .footer {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: calc(var(--_space) * 0.75);
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .footer p,
  .footer ul {
    margin: 0 0 0.5em;
  }
  .footer ul {
    padding-inline-start: 1.25em;
  }
  .footer-heading {
    font-weight: bold;
  }
  .review-date {
    display: inline-block;
  }
`;
