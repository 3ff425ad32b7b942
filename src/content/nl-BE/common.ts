/**
 * Belgian Dutch (Flanders) for the shared texts: Belgian care routes, and the Belgian guidelines
 * its footers name. They live here, not in Dutch, so that Dutch pages do not carry them.
 */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const meta: DeepPartial<Content['meta']> = { country: 'BE' };

export const common: DeepPartial<Content['common']> = {
  safetyNetIntro: 'Bel direct 112, of ga naar de spoedgevallendienst van een ziekenhuis, als u een van deze klachten krijgt:',
};

export const sources: DeepPartial<Content['sources']> = {
  'domus-medica': {
    title: 'Aanpak van lage rugpijn en lumbosacrale radiculaire pijn',
    titleLang: 'nl',
    about: 'Vlaamse richtlijn voor huisartsen',
    publisher: 'Domus Medica',
    year: 2017,
  },
  'kce-287': {
    title: 'Low back pain and radicular pain: assessment and management (KCE Report 287)',
    titleLang: 'en',
    about: 'Belgische richtlijn over lage rugpijn en uitstralende pijn',
    publisher: 'KCE',
    year: 2017,
  },
};
