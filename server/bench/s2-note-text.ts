// Synthetic group-note text for S2: a shared narrative per session and one entry per member, varied
// enough to pass the notes module's guards at signing. Entries are compared by word 3-shingles
// (similarity.ts, refused at a Jaccard index of 0.5 by default), so every sentence has a slot every
// two or three words and each field takes two of several templates: two entries of one session,
// or one member's entries on successive days, share few shingles. No text names anyone (privacy.ts
// flags other members' capitalised names and MRNs): sentences open with verbs that are no synthetic
// given name. Fictional text for benchmarks only.
import type { Random } from './random.ts';

export interface SyntheticEntry {
  patientId: string;
  goalsAddressed: string[];
  participation: string;
  response: string;
  plan: string;
  risk?: string;
}

export interface SyntheticNarrative {
  topic: string;
  interventions: string;
  materials: string;
  narrative: string;
}

type Template = (r: Random) => string;

const SKILLS = [
  'paced breathing',
  'opposite action',
  'a grounding count',
  'urge surfing',
  'the STOP skill',
  'a thought record',
  'box breathing',
  'self-soothing with scent',
  'a five-senses scan',
  'cold water on the face',
  'a values check',
  'radical acceptance',
];
const FEELINGS = ['anxiety', 'anger', 'sadness', 'craving', 'restlessness', 'shame', 'worry', 'tension'];
const TRIGGERS = [
  'payday',
  'a late bus',
  'a missed call from home',
  'crowded shops',
  'sleeping past noon',
  'an unpaid bill',
  'an argument with a neighbour',
  'quiet evenings alone',
  'a work review',
  'seeing old friends',
];
const PLACES = ['the pharmacy', 'a bus stop', 'the kitchen', 'a parking lot', 'the laundromat', 'a waiting room'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPICS = [
  'sleep routines',
  'relapse warning signs',
  'family boundaries',
  'money stress',
  'loneliness',
  'medication side effects',
  'returning to work',
  'anger at home',
];
const ADJECTIVES = ['awkward', 'useful', 'hard', 'calming', 'silly', 'surprisingly quick', 'tiring', 'familiar'];
const SUPPORTS = ['a sponsor', 'the case manager', 'a sibling', 'the prescriber', 'a roommate', 'a coworker'];
const WORKSHEETS = ['chain analysis', 'weekly budget', 'sleep diary', 'pros and cons', 'coping plan', 'mood log'];
const GOALS = [
  'Reduce panic episodes',
  'Stay abstinent',
  'Improve sleep',
  'Return to part-time work',
  'Set limits with family',
  'Lower daily worry',
  'Take medication as prescribed',
  'Rebuild a daily routine',
];
const THOUGHTS = ['nobody wants me there', 'I always ruin it', 'one drink is fine', 'it will never change'];

const n = (r: Random, lo: number, hi: number) => String(r.int(lo, hi));

const PARTICIPATION: readonly Template[] = [
  (r) =>
    `Arrived ${r.pick(['on time', 'early', 'a few minutes late', 'with coffee'])} and sat ${r.pick(['near the door', 'by the window', 'beside the facilitator', 'at the back'])}.`,
  (r) => `Spoke ${n(r, 2, 9)} times, mostly about ${r.pick(TOPICS)}.`,
  (r) =>
    `Listened during ${r.pick(['check-in', 'the teaching part', 'the role-play', 'the review'])} and offered ${r.pick(['feedback', 'an example', 'a question', 'support'])} ${r.pick(['once', 'twice', 'near the end'])}.`,
  (r) =>
    `Stayed ${r.pick(['engaged', 'quiet but attentive', 'restless', 'focused'])} through the ${r.pick(SKILLS)} exercise.`,
  (r) => `Volunteered to ${r.pick(['read the handout aloud', 'go first', 'model the skill', 'summarise'])} when asked.`,
  (r) => `Needed ${n(r, 1, 4)} prompts to join talk on ${r.pick(TOPICS)}.`,
  (r) =>
    `Shared ${r.pick(['a recent setback', 'a small win', 'a weekend plan', 'a worry'])} about ${r.pick(TRIGGERS)}.`,
];

const RESPONSE: readonly Template[] = [
  (r) => `Rated ${r.pick(FEELINGS)} ${n(r, 5, 9)} of 10 before ${r.pick(SKILLS)} and ${n(r, 1, 5)} after.`,
  (r) => `Identified ${r.pick(TRIGGERS)} as a trigger and linked it to ${r.pick(FEELINGS)}.`,
  (r) => `Described using ${r.pick(SKILLS)} at ${r.pick(PLACES)} on ${r.pick(DAYS)}.`,
  (r) => `Practised ${r.pick(SKILLS)} ${n(r, 2, 4)} times; called it ${r.pick(ADJECTIVES)}.`,
  (r) =>
    `Challenged "${r.pick(THOUGHTS)}" with ${r.pick(['evidence from last week', 'a friend’s view', 'a past success', 'the facts'])}.`,
  (r) =>
    `Noticed ${r.pick(FEELINGS)} rise when ${r.pick(TOPICS)} came up, then ${r.pick(['named it', 'paused', 'breathed', 'stayed'])}.`,
];

const PLAN: readonly Template[] = [
  (r) =>
    `Try ${r.pick(SKILLS)} ${r.pick(['each morning', 'at bedtime', 'before calls', 'after meals'])} and log it ${n(r, 3, 7)} days.`,
  (r) => `Talk with ${r.pick(SUPPORTS)} about ${r.pick(TOPICS)} by ${r.pick(DAYS)}.`,
  (r) => `Bring the ${r.pick(WORKSHEETS)} sheet to ${r.pick(DAYS)} group.`,
  (r) =>
    `Homework: ${r.pick(WORKSHEETS)} ${r.pick(['daily', 'twice', 'on weekdays', 'once'])}, ${n(r, 10, 30)} minutes each.`,
  (r) => `Plan ahead for ${r.pick(TRIGGERS)} with ${r.pick(SKILLS)} and ${r.pick(SUPPORTS)}.`,
  (r) => `Review ${r.pick(['sleep', 'meals', 'spending', 'cravings'])} on ${r.pick(DAYS)} with ${r.pick(SUPPORTS)}.`,
];

/** Two different templates of a field, each filled from the stream. */
function sentences(r: Random, templates: readonly Template[]): string {
  const [a, b] = r.shuffle(templates);
  return `${a!(r)} ${b!(r)}`;
}

export function syntheticEntry(r: Random, patientId: string): SyntheticEntry {
  const goals = r.shuffle(GOALS).slice(0, r.int(1, 2));
  return {
    patientId,
    goalsAddressed: goals,
    participation: sentences(r, PARTICIPATION),
    response: sentences(r, RESPONSE),
    plan: sentences(r, PLAN),
    ...(r.chance(0.3) ? { risk: r.pick(['Denies suicidal ideation.', 'No safety concerns voiced today.']) } : {}),
  };
}

export function syntheticNarrative(r: Random): SyntheticNarrative {
  const topic = r.pick(TOPICS);
  const skill = r.pick(SKILLS);
  return {
    topic: `${topic[0]!.toUpperCase()}${topic.slice(1)} (synthetic)`,
    interventions: `Psychoeducation on ${topic}; guided practice of ${skill}; ${r.pick(['role-play', 'pair work', 'group discussion'])}.`,
    materials: `${r.pick(WORKSHEETS)} handout`,
    narrative:
      `Synthetic benchmark note. The group reviewed ${topic} and how it shows up during ${r.pick(['weekends', 'evenings', 'workdays'])}. ` +
      `The facilitator taught ${skill}, members practised it in ${r.pick(['pairs', 'small groups', 'one circle'])}, ` +
      `and the session closed with each member naming one step for the week.`,
  };
}
