/**
 * The red-flag check's rules, as one declarative table: each question's sign, its level, its
 * route per country and its cause groups, then the combinations of signs. The triage
 * (src/redflags/triage.ts) only reads these tables, and `npm run docs:rules` writes them out as
 * docs/clinical-rules.md for a medical adviser to read and sign. The guideline behind each rule is
 * in RULE_BASIS, beside the table, so that it never ships to a phone.
 */

/** Outcome levels of the red-flag check, most urgent first. */
export const URGENCIES = ['emergency', 'urgent', 'soon', 'self-care'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Causes that several weak signs can point at together (KNGF: a combination raises suspicion). */
export const CAUSE_GROUPS = ['cancer', 'fracture', 'infection', 'nerve'] as const;
export type CauseGroup = (typeof CAUSE_GROUPS)[number];

/** The countries whose care routes the content knows: a language's texts name one (`meta.country`). */
export const COUNTRIES = ['NL', 'BE'] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * Where an outcome sends the reader, most pressing first. At one level, the card leads with the
 * first route that any sign or combination at that level asks for.
 */
export const ROUTES = [
  'call-112',
  'gp-now-or-112',
  '112-or-emergency-department',
  'treating-team-now',
  'midwife-now',
  'treating-team-today',
  'gp-today',
  'gp-soon',
  'self-care',
] as const;
export type RouteId = (typeof ROUTES)[number];

/** One route in both countries, or one per country. */
export type Route = RouteId | Readonly<Record<Country, RouteId>>;

/**
 * Nerve emergencies (cauda equina, a weakening leg): in the Netherlands the GP or huisartsenpost
 * first, 112 when they cannot be reached; in Belgium 112 or the hospital's emergency department.
 */
const NERVE_EMERGENCY = { NL: 'gp-now-or-112', BE: '112-or-emergency-department' } as const satisfies Route;

/** Questions in the order they are asked; a follow-up comes right after the question that opens it. */
export const RED_FLAG_IDS = [
  'bladder-bowel',
  'saddle-numbness',
  'sex-changed',
  'both-legs',
  'leg-weakness-worsening',
  'leg-weakness-new',
  'leg-numbness',
  'radiating-below-knee',
  'major-trauma',
  'minor-trauma-fragile',
  'sudden-severe-pain',
  'over-40',
  'faint-pale-sweaty',
  'back-procedure',
  'chest-pain',
  'aortic-aneurysm',
  'fever',
  'feeling-ill',
  'recent-infection',
  'age-onset',
  'cancer-history',
  'cancer-now',
  'weight-loss',
  'steroid-pills',
  'osteoporosis',
  'low-immunity',
  'injecting-drugs',
  'night-pain',
  'morning-stiffness',
  'back-swelling',
  'severe-after-week',
  'longer-than-6-weeks',
  'pregnant',
  'pregnancy-contractions',
  'pregnancy-blood-loss',
  'pregnancy-fever-peeing',
  'pregnancy-baby-moving-less',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export interface RedFlagRule {
  /** Level of a yes on its own; `null` for a question that only opens others or joins a combination. */
  readonly urgency: Exclude<Urgency, 'self-care'> | null;
  /** Where a yes sends the reader, when this sign sets the outcome. */
  readonly route?: Route;
  readonly causes: readonly CauseGroup[];
  /**
   * Two questions that usually describe one fact share a sign, which counts once towards a cause
   * group: long use of steroid pills is a main cause of osteoporosis, and pain below the knee and
   * tingling in that leg are both an irritated nerve root. Without it, a question counts alone.
   */
  readonly sign?: string;
  /** A follow-up: asked only after a yes to this question, and ignored otherwise. */
  readonly after?: RedFlagId;
}

/** Each question's sign: its level, route and cause groups (facts file; NHG M54 and M55, KNGF, NTS). */
export const RED_FLAG_RULES = {
  'bladder-bowel': { urgency: 'emergency', route: NERVE_EMERGENCY, causes: ['nerve'] },
  'saddle-numbness': { urgency: 'emergency', route: NERVE_EMERGENCY, causes: ['nerve'] },
  'sex-changed': { urgency: 'emergency', route: NERVE_EMERGENCY, causes: ['nerve'] },
  'both-legs': { urgency: 'emergency', route: NERVE_EMERGENCY, causes: ['nerve'] },
  'leg-weakness-worsening': { urgency: 'emergency', route: NERVE_EMERGENCY, causes: ['nerve'] },
  'leg-weakness-new': { urgency: 'urgent', route: 'gp-today', causes: ['nerve'] },
  'leg-numbness': { urgency: 'soon', route: 'gp-soon', causes: ['nerve'], sign: 'nerve-root-one-leg' },
  'radiating-below-knee': { urgency: 'soon', route: 'gp-soon', causes: ['nerve'], sign: 'nerve-root-one-leg' },
  'major-trauma': { urgency: 'emergency', route: 'call-112', causes: ['fracture'] },
  'minor-trauma-fragile': { urgency: 'urgent', route: 'gp-today', causes: ['fracture'] },
  'sudden-severe-pain': { urgency: 'urgent', route: 'gp-today', causes: [] },
  'over-40': { urgency: null, causes: [], after: 'sudden-severe-pain' },
  'faint-pale-sweaty': { urgency: 'emergency', route: 'call-112', causes: [] },
  'back-procedure': { urgency: 'urgent', route: 'gp-today', causes: ['infection'] },
  'chest-pain': { urgency: 'emergency', route: 'call-112', causes: [] },
  'aortic-aneurysm': { urgency: 'emergency', route: 'call-112', causes: [] },
  fever: { urgency: 'urgent', route: 'gp-today', causes: ['infection'], sign: 'unwell' },
  'feeling-ill': { urgency: 'urgent', route: 'gp-today', causes: ['infection'], sign: 'unwell' },
  'recent-infection': { urgency: 'soon', route: 'gp-soon', causes: ['infection'] },
  'age-onset': { urgency: 'soon', route: 'gp-soon', causes: ['cancer', 'fracture'] },
  'cancer-history': { urgency: 'soon', route: 'gp-soon', causes: ['cancer'], sign: 'cancer' },
  'cancer-now': { urgency: 'urgent', route: 'treating-team-today', causes: ['cancer'], sign: 'cancer', after: 'cancer-history' },
  'weight-loss': { urgency: 'soon', route: 'gp-soon', causes: ['cancer'] },
  'steroid-pills': { urgency: 'soon', route: 'gp-soon', causes: ['fracture'], sign: 'weak-bones' },
  osteoporosis: { urgency: 'soon', route: 'gp-soon', causes: ['fracture'], sign: 'weak-bones' },
  'low-immunity': { urgency: 'soon', route: 'gp-soon', causes: ['infection'] },
  'injecting-drugs': { urgency: 'soon', route: 'gp-soon', causes: ['infection'] },
  'night-pain': { urgency: 'soon', route: 'gp-soon', causes: ['cancer', 'infection'] },
  'morning-stiffness': { urgency: 'soon', route: 'gp-soon', causes: [] },
  'back-swelling': { urgency: 'urgent', route: 'gp-today', causes: ['cancer', 'infection', 'fracture'] },
  'severe-after-week': { urgency: 'soon', route: 'gp-soon', causes: [] },
  'longer-than-6-weeks': { urgency: 'soon', route: 'gp-soon', causes: [] },
  pregnant: { urgency: null, causes: [] },
  'pregnancy-contractions': { urgency: 'urgent', route: 'midwife-now', causes: [], after: 'pregnant' },
  'pregnancy-blood-loss': { urgency: 'urgent', route: 'midwife-now', causes: [], after: 'pregnant' },
  'pregnancy-fever-peeing': { urgency: 'urgent', route: 'midwife-now', causes: [], after: 'pregnant' },
  'pregnancy-baby-moving-less': { urgency: 'urgent', route: 'midwife-now', causes: [], after: 'pregnant' },
} as const satisfies Record<RedFlagId, RedFlagRule>;

/** Signs of a serious cause that make a nerve sign in one leg worse (second medical review). */
const SERIOUS_CAUSE = [
  'cancer-history',
  'cancer-now',
  'fever',
  'feeling-ill',
  'low-immunity',
  'injecting-drugs',
  'back-procedure',
  'minor-trauma-fragile',
] as const satisfies readonly RedFlagId[];

export interface CombinationRule {
  /** A yes to at least one question of each list. */
  readonly allOf: readonly (readonly RedFlagId[])[];
  readonly urgency: Exclude<Urgency, 'self-care'>;
  readonly route: Route;
}

/** Combinations of signs that are worse than each sign alone; every sign that takes part gets this level. */
export const COMBINATION_RULES = {
  'leg-weakness-with-serious-cause': { allOf: [['leg-weakness-new'], SERIOUS_CAUSE], urgency: 'emergency', route: NERVE_EMERGENCY },
  'nerve-root-with-serious-cause': { allOf: [['leg-numbness', 'radiating-below-knee'], SERIOUS_CAUSE], urgency: 'urgent', route: 'gp-today' },
  'fever-with-low-defence': { allOf: [['fever'], ['cancer-now', 'low-immunity']], urgency: 'emergency', route: 'treating-team-now' },
  'sudden-pain-over-40': { allOf: [['sudden-severe-pain'], ['over-40']], urgency: 'emergency', route: 'call-112' },
} as const satisfies Record<string, CombinationRule>;
export type CombinationId = keyof typeof COMBINATION_RULES;

/**
 * Two or more different signs in one cause group raise each `soon` sign of that group to
 * `urgent`, routed to the GP today: several weak signs pointing at one cause weigh more (KNGF).
 */
export const CAUSE_GROUP_RULE = { signs: 2, raises: 'soon', to: 'urgent', route: 'gp-today' } as const;

/**
 * The signs that mean "call for help now", in questionnaire order: those that are an emergency
 * on their own, and those that are one with nothing but a question of context (over 40). Every
 * list of emergency signs (the safety net, self-care, FAQ, timeline) reads this.
 */
// Pure: a file that does not read it (the red-flag check itself) leaves the computation out.
export const EMERGENCY_SIGNS: readonly EmergencySignId[] = /* @__PURE__ */ RED_FLAG_IDS.filter(
  (id): id is EmergencySignId =>
    RED_FLAG_RULES[id].urgency === 'emergency' ||
    Object.values(COMBINATION_RULES).some(
      (rule) =>
        rule.urgency === 'emergency' &&
        rule.allOf.some((list) => (list as readonly RedFlagId[]).includes(id)) &&
        rule.allOf.every((list) => (list as readonly RedFlagId[]).includes(id) || list.every((other) => RED_FLAG_RULES[other].urgency === null)),
    ),
);
export type EmergencySignId =
  | { [K in RedFlagId]: (typeof RED_FLAG_RULES)[K]['urgency'] extends 'emergency' ? K : never }[RedFlagId]
  | 'sudden-severe-pain';

/** The route a rule gives in a country. */
export const routeIn = (route: Route, country: Country): RouteId => (typeof route === 'string' ? route : route[country]);

/**
 * How the questionnaire groups the signs (one fieldset each, a few questions, so that a phone can
 * show one group per step). A follow-up sits in its question's group and appears after its yes,
 * so the number of steps never changes.
 */
export const QUESTION_GROUPS = {
  'bladder-saddle': ['bladder-bowel', 'saddle-numbness', 'sex-changed'],
  legs: ['both-legs', 'leg-weakness-worsening', 'leg-weakness-new', 'leg-numbness', 'radiating-below-knee'],
  start: ['major-trauma', 'minor-trauma-fragile', 'sudden-severe-pain', 'over-40', 'faint-pale-sweaty', 'back-procedure'],
  health: ['chest-pain', 'aortic-aneurysm', 'fever', 'feeling-ill', 'recent-infection', 'age-onset'],
  'bones-immunity': ['cancer-history', 'cancer-now', 'weight-loss', 'steroid-pills', 'osteoporosis', 'low-immunity', 'injecting-drugs'],
  course: ['night-pain', 'morning-stiffness', 'back-swelling', 'severe-after-week', 'longer-than-6-weeks'],
  pregnancy: ['pregnant', 'pregnancy-contractions', 'pregnancy-blood-loss', 'pregnancy-fever-peeing', 'pregnancy-baby-moving-less'],
} as const satisfies Record<string, readonly RedFlagId[]>;
export type QuestionGroupId = keyof typeof QUESTION_GROUPS;

/**
 * The guideline behind each rule, for docs/clinical-rules.md. Kept apart from the tables so that
 * no widget bundle carries it; a test checks that every rule has one.
 */
export const RULE_BASIS: Readonly<Record<RedFlagId | CombinationId | 'cause-group', string>> = {
  'bladder-bowel': 'NHG M54 (spoed: cauda equina); facts file, second review (early signs; constipation alone does not count)',
  'saddle-numbness': 'NHG M54 (spoed: cauda equina); facts file, second review (a feeling that is different counts)',
  'sex-changed': 'NHG M54 (spoed: cauda equina); facts file, second review (new erection trouble or sex that feels different)',
  'both-legs': 'NHG M54 (spoed: signs in both legs, new since this back pain); NHG M55',
  'leg-weakness-worsening': 'NHG M55 (increasing paresis); NHG M54 (spoed)',
  'leg-weakness-new': 'NHG M55 (paresis: the GP examines it the same day)',
  'leg-numbness': 'NHG M55; KNGF 2021 (radicular signs)',
  'radiating-below-knee': 'NHG M55; KNGF 2021 (radicular pain)',
  'major-trauma': 'NHG M54 (serious trauma); NTS (U1-U2)',
  'minor-trauma-fragile': 'NHG M54 (fracture: minor trauma with osteoporosis, corticosteroids or age over 70)',
  'sudden-severe-pain': 'NHG M54 (sudden very severe pain that no position eases); under 40 the GP the same day, NTS (U3)',
  'over-40': 'NHG M54 (spoed: aortic aneurysm in a patient over 40)',
  'faint-pale-sweaty': 'NHG M54 (spoed: aorta); facts file, second review (faint, pale or sweaty when the pain began: 112)',
  'back-procedure': 'NHG M54 and KNGF 2021 (infection after a procedure on the spine)',
  'chest-pain': 'Facts file, second review (chest pain or pain between the shoulder blades: heart or aorta, 112); NTS (U1-U2)',
  'aortic-aneurysm': 'NHG M54 (spoed: aorta); facts file, second review (a known aneurysm: 112)',
  fever: 'NHG M54 (infection: fever); NTS (U3-U4)',
  'feeling-ill': 'NHG M54 (feeling ill); NTS (U3-U4)',
  'recent-infection': 'Facts file, second review (a recent bacterial infection elsewhere: infection group); KNGF 2021',
  'age-onset': 'NHG M54 (first episode under 20 or over 50); KNGF 2021',
  'cancer-history': 'NHG M54 (history of malignancy); KNGF 2021',
  'cancer-now': 'Facts file, second review (cancer treated now or spread: urgent); NICE NG234; NHG M54',
  'weight-loss': 'NHG M54 (unexplained weight loss); KNGF 2021',
  'steroid-pills': 'NHG M54 and KNGF 2021 (long use of corticosteroids; long: tablets for more than 3 months)',
  osteoporosis: 'NHG M54 (osteoporosis); KNGF 2021',
  'low-immunity': 'NHG M54 (immunosuppression); KNGF 2021',
  'injecting-drugs': 'NHG M54 (intravenous drug use); KNGF 2021',
  'night-pain': 'NHG M54 and KNGF 2021 (pain at rest and at night: malignancy or infection)',
  'morning-stiffness': 'NHG M54 (axial spondyloarthritis); KNGF 2021',
  'back-swelling': 'Facts file, second review (a swelling or change in the shape of the back: urgent)',
  'severe-after-week': 'NHG M54 (severe pain not decreasing after 1 week)',
  'longer-than-6-weeks': 'NHG M54 (no improvement after 6 weeks)',
  pregnant: 'Facts file, second review (pregnancy: opens its own warning signs)',
  'pregnancy-contractions': 'Facts file, second review (pain in waves or a hard belly: midwife or out-of-hours post now)',
  'pregnancy-blood-loss': 'Facts file, second review (blood or fluid loss: midwife or out-of-hours post now)',
  'pregnancy-fever-peeing': 'Facts file, second review (fever or pain when peeing: midwife or out-of-hours post now)',
  'pregnancy-baby-moving-less': 'Facts file, second review (the baby moving less: midwife or out-of-hours post now)',
  'leg-weakness-with-serious-cause': 'NICE NG234 (spinal cord compression); NHG M54 (spoed); NHG M55 (severe paresis)',
  'nerve-root-with-serious-cause': 'Facts file, second review (nerve sign in one leg with a serious cause: urgent); KNGF 2021 (combinations)',
  'fever-with-low-defence': 'Facts file, second review (possible neutropenic sepsis: call now); NHG M54 (infection)',
  'sudden-pain-over-40': 'NHG M54 (spoed: sudden very severe pain, over 40: aortic aneurysm)',
  'cause-group': 'KNGF 2021 (a combination of signs pointing at one cause raises suspicion)',
};
