/**
 * English for readers in Belgium (Brussels, Flanders): English words with Belgian care routes.
 * Only what differs from English; the Belgian sources are in the English texts already.
 */
import type { Content } from '../types.js';
import type { DeepPartial } from '../types.js';

export const meta: DeepPartial<Content['meta']> = { country: 'BE' };

export const common: DeepPartial<Content['common']> = {
  safetyNetIntro:
    'Call 112, or go to the emergency department of a hospital (spoedgevallendienst / urgences), straight away if you get any of these:',
};
