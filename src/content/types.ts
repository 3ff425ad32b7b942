/**
 * The typed schema of everything the widgets show. One object of type `Content` per language.
 * Records keyed by the id unions of ./structure.ts make the compiler check that every language
 * has exactly the same ids: a missing or an extra key is a type error.
 *
 * Writing rules: Dutch at language level B1 addressing the reader as "u"; English in plain
 * language addressing the reader as "you". Short sentences, one message each. Reassure, never
 * scare. Never name a clinic or give a phone number other than 112.
 */
import type {
  FaqId,
  LastingFactorId,
  LiftingTopic,
  MythId,
  PhaseId,
  PreventionTipId,
  QuestionGroupId,
  RedFlagId,
  RiskFactorId,
  SelfCareId,
  BelgianSourceId,
  Country,
  EmergencySignId,
  RouteId,
  SourceId,
  TreatmentGroup,
  TreatmentId,
  Urgency,
} from './structure.js';

/**
 * Which content this is, so a clinic or insurer can audit what a patient was told: the content
 * version (year.month, listed in CHANGELOG.md) and the review dates as ISO dates (YYYY-MM-DD).
 */
export interface ContentMeta {
  version: string;
  reviewed: string;
  nextReview: string;
  /** Whose care routes the texts give (112 or the GP first, 1733, the midwife's name): `NL` or `BE`. */
  country: Country;
}

export interface Source {
  /** Title as the publisher gives it, in its own language. */
  title: string;
  /** Language of the title (`nl`, `en`), so screen readers pronounce it right. */
  titleLang: string;
  /** What the source is, in the reader's language, when the title is in another one. */
  about?: string;
  publisher: string;
  /** Year of publication of this edition. */
  year?: number;
  /** Year of the latest update of this edition, when it was updated. */
  updated?: number;
}

/** Strings every widget uses. */
export interface CommonText {
  /** Heading of the footer list of sources. */
  sourcesHeading: string;
  /** Before the year a source was updated, e.g. "bijgewerkt in" in "(NICE, 2016, bijgewerkt in 2020)". */
  updatedIn: string;
  /** Label before the review date, e.g. "Laatst gecontroleerd". */
  reviewedLabel: string;
  /** Label before the date of the next review, e.g. "Volgende controle". */
  nextReviewLabel: string;
  /** Link text to the embedding page's red-flag self-check, where advice is given. */
  redFlagsCheck: string;
  /** One line that the widget informs and does not diagnose. */
  disclaimer: string;
  /** Heading of the box that says when to call for help at once (the red-flag outcomes, the plan, self-care, FAQ, timeline). */
  safetyNetHeading: string;
  /** Lead-in to the emergency signs in that box, with this country's numbers. */
  safetyNetIntro: string;
  /**
   * Each sign that needs help at once on its own, as the box lists it. The ids come from the
   * red-flag rules, so every list of emergency signs names the same signs as the check.
   */
  emergencySigns: Record<EmergencySignId, string>;
}

export interface RedFlagText {
  /** The yes/no question, in plain words. */
  question: string;
  /** One or two sentences: why we ask (shown under the question). */
  explanation: string;
  /** Short statement of a "yes" answer, listed on the outcome card ("You cannot pass urine"). */
  summary: string;
  /**
   * What to do as well, shown on the outcome card whenever this sign is answered "yes", whatever
   * the outcome (cancer: "under treatment now? Call your treating team today").
   */
  advice?: string;
}

/** What an outcome card says for its level. */
export interface UrgencyText {
  /** Short level word for the badge, e.g. "Spoed", "Vandaag", "Binnen enkele dagen", "Zelfzorg". */
  label: string;
  /** One calm sentence that explains the outcome. */
  summary: string;
  /** Advice about phoning (what to say or have ready). */
  phoneAdvice: string;
}

/** Where an outcome sends the reader: the card's heading and first steps. */
export interface RouteText {
  /** Card heading: what to do, e.g. "Bel nu 112". Never 1733 on an emergency route. */
  title: string;
  /** What to do now, as short steps. */
  actions: string[];
  /**
   * The step for when the practice is closed (huisartsenpost, 1733). A page that gives its own
   * out-of-hours number replaces it with `callOutOfHours`.
   */
  outOfHours?: string;
}

export interface RedFlagsText {
  title: string;
  /** What this check is and how long it takes. */
  intro: string;
  /** Legend of each group of questions. */
  groups: Record<QuestionGroupId, string>;
  flags: Record<RedFlagId, RedFlagText>;
  outcomes: Record<Urgency, UrgencyText>;
  /** Heading and steps per route; the rule table says which route a sign takes in which country. */
  routes: Record<RouteId, RouteText>;
  yes: string;
  no: string;
  /** Progress line, e.g. "3 van 23 vragen beantwoord". */
  progress: (answered: number, total: number) => string;
  /** Shown while questions are open and no emergency sign was answered yes. */
  incomplete: string;
  /** Above the list of questions still open, when only a few are left. */
  unanswered: string;
  /** Heading above the list of every yes answer on the outcome card, highest level first. */
  becauseHeading: string;
  /** The self-care card's line that no warning sign was answered yes. */
  noSigns: string;
  /** "If you are worried, or it gets worse, contact your GP." On every outcome. */
  worried: string;
  /** Link text of the tel:112 link. */
  call112: string;
  /** Heading above the embedding page's own contact line, e.g. "Uw zorgverlener". */
  contactHeading: string;
  /** Link text for the embedding page's phone number. */
  callContact: (name: string) => string;
  /** Link text for the embedding page's web address. */
  visitContact: (name: string) => string;
  /** The out-of-hours step with the number the embedding page gives (`out-of-hours-phone`). */
  callOutOfHours: (number: string) => string;
  /** Added to the name of a link that opens a new tab, e.g. "(opent in een nieuw tabblad)". */
  opensInNewTab: string;
  startAgain: string;
  /** Above each step's questions, e.g. "Stap 2 van 5". */
  stepProgress: (step: number, total: number) => string;
  /** Button back to the step before. */
  previous: string;
  /** Button to the next step. */
  next: string;
  /** Button on the last step (and in the list layout) that shows the outcome. */
  showResult: string;
  /** Button on the outcome that goes back to the questions, keeping the answers. */
  changeAnswers: string;
  /** Error under a question left open when the person pressed "next". */
  chooseAnswer: string;
}

export interface LiftingTopicText {
  title: string;
  tips: string[];
  /** Text alternative of the group's drawing, or the name of its set of step drawings. */
  illustration: string;
  /** Text alternative of each step drawing, in order, where the movement is drawn in steps. */
  steps?: string[];
}

export interface LiftingText {
  title: string;
  intro: string;
  topics: Record<LiftingTopic, LiftingTopicText>;
  /** Accessible name of the tab list. */
  tabsLabel: string;
}

export interface PhaseText {
  title: string;
  /** When this phase is, in words, e.g. "Dag 1 tot en met 3". */
  when: string;
  /** What is normal in this phase. */
  normal: string;
  /** What helps now, as short steps. */
  helps: string[];
  /** When to contact the GP or a physiotherapist. */
  contact: string;
}

export interface TimelineText {
  title: string;
  intro: string;
  phases: Record<PhaseId, PhaseText>;
  normalHeading: string;
  helpsHeading: string;
  contactHeading: string;
  /** Label of the field where the reader enters the date the pain started. */
  onsetLabel: string;
  onsetHint: string;
  /** Error for an onset date after today. */
  onsetFuture: string;
  /** Error for a date that does not exist or cannot be meant. */
  onsetInvalid: string;
  /** Marker of the current phase, e.g. "U bent hier". */
  youAreHere: string;
  /**
   * The day count beside "you are here", from the whole days since the pain started (0 when it
   * started today). Say it as people count days: 0 is day 1, e.g. "Dag 6: de pijn begon 5 dagen
   * geleden". Never "day 0".
   */
  dayCount: (daysSinceStart: number) => string;
}

export interface FaqItem {
  question: string;
  /** One or more short paragraphs. */
  answer: string[];
}

export interface FaqText {
  title: string;
  items: Record<FaqId, FaqItem>;
  filterLabel: string;
  /** e.g. "4 vragen gevonden". */
  matches: (count: number) => string;
  noMatches: string;
}

export interface TitledText {
  title: string;
  text: string;
}

export interface AcuteText {
  title: string;
  /** What happens when the back "goes": a muscle cramp, usually harmless. */
  whatHappens: string[];
  /** Common triggers. */
  triggersHeading: string;
  triggers: string[];
  firstHoursHeading: string;
  firstHours: string[];
  firstDaysHeading: string;
  firstDays: string[];
  preventionHeading: string;
  prevention: Record<PreventionTipId, TitledText>;
}

/** One line of "when to contact the GP": what to do, then for which signs. */
export interface ContactLine {
  /** What to do, e.g. "Bel meteen 112 of uw huisarts". */
  action: string;
  /** The signs it is for, continuing the sentence: "als ...". */
  signs: string;
}

/** When to contact the GP, one line per urgency of the red-flag table, most urgent first. */
export interface WhenToContactText {
  title: string;
  /** The emergency line lists the red-flag rules' emergency signs (common.emergencySigns) under its action. */
  levels: Record<'urgent' | 'soon', ContactLine> & { emergency: Pick<ContactLine, 'action'> };
  /** The safety net under the lines: worried, or getting worse? Contact the GP anyway. */
  worried: string;
}

export interface SelfCareText {
  title: string;
  intro: string;
  steps: Record<SelfCareId, TitledText>;
  acute: AcuteText;
  whenToContact: WhenToContactText;
  /** Link text to the embedding page's red-flag self-check. */
  redFlagsLink: string;
}

export interface TreatmentText {
  name: string;
  /** One line, plain words: why it is in this group. */
  why: string;
}

export interface TreatmentsText {
  title: string;
  intro: string;
  groups: Record<TreatmentGroup, TitledText>;
  /** The group's word before each treatment, for screen readers, e.g. "Helpt". */
  markers: Record<TreatmentGroup, string>;
  items: Record<TreatmentId, TreatmentText>;
  /** The GP or physiotherapist decides together with the patient. */
  decideTogether: string;
}

export interface RiskFactorText {
  /** Checklist label, e.g. "Ik zit veel voor mijn werk". */
  label: string;
  /** Concrete, encouraging tip when ticked. */
  tip: string;
}

export interface RiskFactorsText {
  title: string;
  intro: string;
  riskHeading: string;
  factors: Record<RiskFactorId, RiskFactorText>;
  tipsHeading: string;
  noneTicked: string;
  lastingHeading: string;
  lastingIntro: string;
  lasting: Record<LastingFactorId, string>;
  /** Calm advice when some lasting factors apply: common, help exists, discuss with GP/physio. */
  lastingAdvice: string;
  /** Above that advice from three lasting factors on: make an appointment now, do not wait. */
  earlyHelp: string;
  /** Button that unticks every box. */
  clear: string;
}

export interface WalkingText {
  title: string;
  intro: string;
  /** Why walking helps: raise what the back can bear. */
  why: string;
  checkRedFlags: string;
  startLabel: string;
  startHint: string;
  goalLabel: string;
  goalHint: string;
  startDateLabel: string;
  /** Error when the first day is no date, or further than a year from today: the first and last day allowed, written out. */
  startDateOutOfRange: (from: string, to: string) => string;
  /** Error when a number is outside the allowed range. */
  outOfRange: (min: number, max: number) => string;
  /** Error when the start is above the goal. */
  startAboveGoal: string;
  /** In place of the plan while a field above is not valid. */
  planNeedsInput: string;
  planHeading: string;
  /** Caption of the plan's table, e.g. "Per week: hoe lang u wandelt, 3 keer per dag". */
  planCaption: (timesPerDay: number) => string;
  weekColumn: string;
  datesColumn: string;
  walksColumn: string;
  /** Read out once typing pauses after a change: how many weeks the new plan takes to the goal. */
  planChanged: (weeks: number, goalMinutes: number) => string;
  weekLabel: (week: number) => string;
  /** e.g. "3 keer per dag 12 minuten wandelen". */
  walksPerDay: (timesPerDay: number, minutes: number) => string;
  /** Go back a step on a bad day rather than stopping. */
  badDay: string;
  /** Painkillers may be used to keep it up. */
  painkillers: string;
  /** When to stop and contact the GP: a warning sign, pain spreading down a leg or much worse, chest pain, leg pain on walking. */
  stopRules: string;
  print: string;
  download: string;
  /** Title of a calendar event. */
  calendarTitle: (minutes: number) => string;
  calendarDescription: string;
  /** Name of the downloaded calendar file, ending in .ics. */
  calendarFileName: string;
}

export interface MythItem {
  myth: string;
  /** What is true. It is the card's heading, unless `heading` is given. */
  fact: string;
  /** A short heading (at most 12 words) for a fact too long to be one; the fact then follows. */
  heading?: string;
  why: string;
}

export interface MythsText {
  title: string;
  intro: string;
  /** Before each myth, e.g. "Veel mensen denken:". */
  manyThink: string;
  items: Record<MythId, MythItem>;
}

/** The guided check (`<back-pain-check>`): its own texts; the questions, cards and advice come from the other sections. */
export interface CheckText {
  title: string;
  /** What the check does, how long it takes, that nothing is stored or sent. */
  intro: string;
  /** e.g. "Stap 2 van 4". */
  stepOf: (step: number, total: number) => string;
  steps: Record<'signs' | 'duration' | 'factors' | 'plan', string>;
  durationQuestion: string;
  durationHint: string;
  amountLabel: string;
  days: string;
  weeks: string;
  onsetLabel: string;
  /** Errors of the duration step, by what is wrong. */
  durationErrors: Record<'missing' | 'not-a-whole-number' | 'too-long' | 'not-a-date' | 'future-date', string>;
  factorsIntro: string;
  /** Asked from 3 weeks of pain on, above the factors, with a yes and a no. */
  improvingQuestion: string;
  improvingYes: string;
  improvingNo: string;
  /** The summary's row with that answer. */
  summaryImproving: string;
  next: string;
  back: string;
  skip: string;
  showPlan: string;
  startAgain: string;
  print: string;
  /** The next step in one sentence, by the plan's advice. */
  nextStep: Record<'self-care' | 'gp-or-physio-if-not-better' | 'gp-or-physio', string>;
  nextStepHeading: string;
  /** Above the advice of the timeline phase the reader is in. */
  phaseHeading: string;
  selfCareHeading: string;
  walkingHeading: string;
  walkingIntro: string;
  /** Where the walks start: the time the reader can easily walk now, never a fixed number. */
  walkingStart: (timesPerDay: number) => string;
  /** e.g. "Zo bouwt u op naar 30 minuten, 3 keer per dag." */
  walkingGoal: (minutes: number) => string;
  factorsHeading: string;
  /** Link text to the portal's "find a physiotherapist" page. */
  findPhysio: string;
  summaryHeading: string;
  summaryDate: string;
  summaryOutcome: string;
  summarySigns: string;
  summaryDuration: string;
  summaryFactors: string;
  summaryVersion: string;
  noSigns: string;
  noFactors: string;
  /** The answer to "since when", in words. */
  durationAnswer: (days: number) => string;
}

export interface Content {
  meta: ContentMeta;
  common: CommonText;
  /**
   * The Belgian guidelines are optional: only readers in Belgium see them, so Dutch keeps them
   * in its Belgian overlay (./nl-BE/common.ts), off Dutch pages.
   */
  sources: Record<Exclude<SourceId, BelgianSourceId>, Source> & Partial<Record<BelgianSourceId, Source>>;
  redFlags: RedFlagsText;
  lifting: LiftingText;
  timeline: TimelineText;
  faq: FaqText;
  selfCare: SelfCareText;
  treatments: TreatmentsText;
  riskFactors: RiskFactorsText;
  walking: WalkingText;
  myths: MythsText;
  check: CheckText;
}

/** Any part of a content object: what an override or a regional overlay (nl-BE, en-BE) holds. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? U[]
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;
