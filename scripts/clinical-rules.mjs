/**
 * Writes docs/clinical-rules.md: the red-flag check's rules as a medical adviser reads and signs
 * them. Everything comes from the rule table (src/content/structure/red-flags.ts) and the texts
 * of each language, so the document cannot say one thing while the widget does another.
 *
 *   node scripts/clinical-rules.mjs           writes the file
 *   node scripts/clinical-rules.mjs --check   fails when the committed file is stale
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODULES, importTypeScript } from './check-content.mjs';

export const DOCUMENT = fileURLToPath(new URL('../docs/clinical-rules.md', import.meta.url));

const LANGUAGE_NAMES = { nl: 'Nederlands', 'nl-BE': 'Nederlands (België)', fr: 'Français', en: 'English', 'en-BE': 'English (Belgium)' };

/** The rule tables and the merged texts of every language. */
export async function loadRules() {
  const folder = mkdtempSync(join(tmpdir(), 'clinical-rules-'));
  try {
    const structure = await importTypeScript('src/content/structure/red-flags.ts', folder);
    const { mergeDeep } = await importTypeScript('src/content/registry.ts', folder);
    const languages = {};
    for (const [locale, modules] of Object.entries(MODULES)) {
      const layers = await Promise.all(modules.map((module) => importTypeScript(module, folder)));
      languages[locale] = layers.reduce((base, overlay) => mergeDeep(base, { ...overlay }), {});
    }
    return { structure, languages };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A table cell: one line, pipes escaped. */
const cell = (text) => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

/** The document as a string: the same input always gives the same bytes. */
export function clinicalRules({ structure, languages }) {
  const { URGENCIES, COUNTRIES, ROUTES, RED_FLAG_IDS, RED_FLAG_RULES, COMBINATION_RULES, CAUSE_GROUP_RULE, EMERGENCY_SIGNS, QUESTION_GROUPS, RULE_BASIS, routeIn } =
    structure;
  const reference = languages.en;
  const versions = [...new Set(Object.values(languages).map((content) => content.meta.version))].join(', ');
  const reviewed = [...new Set(Object.values(languages).map((content) => content.meta.reviewed))].join(', ');
  const summary = (id) => reference.redFlags.flags[id].summary;
  const routesOf = (route) => (route ? COUNTRIES.map((country) => `${country}: ${routeIn(route, country)}`).join('; ') : '—');
  const level = (urgency) => urgency ?? 'context only';

  const signRows = RED_FLAG_IDS.map((id, index) => {
    const rule = RED_FLAG_RULES[id];
    return [
      index + 1,
      `\`${id}\` ${summary(id)}`,
      level(rule.urgency),
      routesOf(rule.route),
      rule.causes.join(', ') || '—',
      [rule.sign ? `counts as one sign with the others marked \`${rule.sign}\`` : '', rule.after ? `asked only after a yes to \`${rule.after}\`` : '']
        .filter(Boolean)
        .join('; ') || '—',
      RULE_BASIS[id],
    ];
  });
  const combinationRows = Object.entries(COMBINATION_RULES).map(([id, rule]) => [
    `\`${id}\``,
    rule.allOf.map((list) => `one of: ${list.map((sign) => `\`${sign}\``).join(', ')}`).join(' **and** '),
    rule.urgency,
    routesOf(rule.route),
    RULE_BASIS[id],
  ]);

  const questions = Object.entries(languages).map(([locale, content]) => {
    const text = content.redFlags;
    const groups = Object.entries(QUESTION_GROUPS).map(([group, ids]) => {
      const items = ids.map((id) => {
        const flag = text.flags[id];
        const lines = [`- **\`${id}\`** (${level(RED_FLAG_RULES[id].urgency)}): ${flag.question}`, `  - Why we ask: ${flag.explanation}`, `  - On the outcome card: ${flag.summary}`];
        if (flag.advice) lines.push(`  - Extra advice with a yes: ${flag.advice}`);
        return lines.join('\n');
      });
      return `#### ${text.groups[group]}\n\n${items.join('\n')}`;
    });
    return `### ${LANGUAGE_NAMES[locale] ?? locale} (\`${locale}\`, routes of ${content.meta.country})\n\n${groups.join('\n\n')}`;
  });

  const routeTexts = Object.entries(languages).map(([locale, content]) => {
    const text = content.redFlags;
    const routes = ROUTES.map((id) => {
      const route = text.routes[id];
      const steps = route.actions.map((action) => `  - ${action}`);
      if (route.outOfHours) steps.push(`  - When closed: ${route.outOfHours}`);
      return `- **\`${id}\`: ${route.title}**\n${steps.join('\n')}`;
    });
    const levels = URGENCIES.map((urgency) => `- **${urgency}** (${text.outcomes[urgency].label}): ${text.outcomes[urgency].summary} ${text.outcomes[urgency].phoneAdvice}`);
    return `### ${LANGUAGE_NAMES[locale] ?? locale} (\`${locale}\`)\n\nLevels:\n\n${levels.join('\n')}\n\nRoutes:\n\n${routes.join('\n')}`;
  });

  return `<!-- Generated by \`npm run docs:rules\` from src/content/structure/red-flags.ts and the texts; do not edit by hand. -->

# Clinical rules of the red-flag check

Content version ${versions}, reviewed ${reviewed}. This document is written from the rule table that the
widget runs on; a test fails when it differs from the table. The hazards these rules control, and the
tests that show the controls work, are in [clinical-safety.md](clinical-safety.md).

## Sign-off

I have read the rules, the combinations, the routes per country and the texts in every language below.

| | |
| --- | --- |
| Name | |
| Role and registration (BIG / RIZIV-INAMI) | |
| Organisation | |
| Content version approved | ${versions} |
| Date | |
| Signature | |

## How the outcome is decided

1. Each sign answered yes has its own level (table below). A combination of signs, or two different
   signs in one cause group, raises every sign that takes part. The outcome is the highest level.
2. Levels, most urgent first: ${URGENCIES.join(', ')}. Self-care only when every question asked is
   answered and no sign gives a level. An emergency shows at once, even with questions still open.
3. Cause groups: two or more different signs in one group raise each \`${CAUSE_GROUP_RULE.raises}\` sign of that group
   to \`${CAUSE_GROUP_RULE.to}\` (route \`${CAUSE_GROUP_RULE.route}\`). Questions that describe one fact count once
   ("counts as one sign"). Basis: ${RULE_BASIS['cause-group']}.
4. The route is the most pressing one asked for at the outcome's level, in this order:
   ${ROUTES.map((id) => `\`${id}\``).join(', ')}. The country comes from the language:
   ${COUNTRIES.map((country) => `${Object.keys(languages).filter((locale) => languages[locale].meta.country === country).map((locale) => `\`${locale}\``).join(', ')} take the routes of ${country}`).join('; ')}.
5. A follow-up question is asked only after a yes to the question that opens it; a no clears its answers.
6. The outcome card lists every sign answered yes, highest level first, follow-ups included.
7. Every list of emergency signs outside the check (safety net in self-care, FAQ, timeline, the guided
   check and its printed summary) shows these signs: ${EMERGENCY_SIGNS.map((id) => `\`${id}\``).join(', ')}.

## Signs

${table(['#', 'Sign', 'Level of a yes alone', 'Route', 'Cause groups', 'Notes', 'Basis'], signRows)}

## Combinations

${table(['Rule', 'Signs', 'Level', 'Route', 'Basis'], combinationRows)}

## Questions in every language

${questions.join('\n\n')}

## Levels and routes in every language

${routeTexts.join('\n\n')}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const document = clinicalRules(await loadRules());
  if (process.argv.includes('--check')) {
    if (readFileSync(DOCUMENT, 'utf8') !== document) {
      console.error('docs/clinical-rules.md is stale: run `npm run docs:rules` and commit the result.');
      process.exit(1);
    }
    console.log('docs/clinical-rules.md matches the rule table.');
  } else {
    writeFileSync(DOCUMENT, document);
    console.log(`Wrote docs/clinical-rules.md (${document.length} characters).`);
  }
}
