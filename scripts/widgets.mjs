/** The rows of widgets.json (tag, class, folder, section, alsoShows), for the build and the checks. */
import { readFileSync } from 'node:fs';

export const { widgets } = JSON.parse(readFileSync(new URL('../widgets.json', import.meta.url), 'utf8'));
