// What the schema cannot say about a well-formed definition: references resolve, linkIds and answer
// values are unique, skip logic only looks back, bands cover every possible score exactly once, and
// change rules have a total to work on. Paths are dot paths into the definition (`scoring.bands.2.min`).
import type { ErrorDetail } from '../../../kernel/http/index.ts';
import type { Band, InstrumentDefinition, Range } from './definition.ts';
import { sumRange, totalRange, type ScoreRange } from './ranges.ts';

export function definitionIssues(def: InstrumentDefinition): ErrorDetail[] {
  const total = totalIssues(def);
  // Bands and change rules are checked against the total's range, which a broken total does not have.
  const range = total.length === 0 ? totalRange(def) : null;
  const broken = def.scoring.total !== undefined && range === null;
  return [
    ...itemIssues(def),
    ...total,
    ...totalBandIssues(def, range),
    ...subscaleIssues(def),
    ...flagIssues(def),
    ...(broken ? [] : changeIssues(def, range)),
  ];
}

const issue = (path: string, message: string): ErrorDetail => ({ path, message });

function repeats<T>(values: readonly T[], path: (i: number) => string, what: string): ErrorDetail[] {
  return values.flatMap((value, i) => {
    const first = values.indexOf(value);
    return first < i ? [issue(path(i), `repeats ${what} ${first}`)] : [];
  });
}

function itemIssues(def: InstrumentDefinition): ErrorDetail[] {
  const linkIds = def.item.map((item) => item.linkId);
  return [
    ...repeats(linkIds, (i) => `item.${i}.linkId`, 'the linkId of item'),
    ...def.item.flatMap((item, i) => {
      const here = `item.${i}`;
      const values = item.answerOption.map((o) => o.value);
      const conditions = item.enableWhen ?? [];
      return [
        ...repeats(values, (k) => `${here}.answerOption.${k}.value`, 'the value of answerOption'),
        ...conditions.flatMap((condition, k) => {
          // Answers are read in item order, so a question can only depend on one asked before it.
          const source = def.item.slice(0, i).find((earlier) => earlier.linkId === condition.question);
          if (!source) return [issue(`${here}.enableWhen.${k}.question`, 'must be the linkId of an earlier item')];
          const equality = condition.operator === '=' || condition.operator === '!=';
          return equality && !source.answerOption.some((o) => o.value === condition.answerInteger)
            ? [issue(`${here}.enableWhen.${k}.answerInteger`, `is not an answer value of item ${source.linkId}`)]
            : [];
        }),
        // FHIR R4 que-12: enableBehavior says how several enableWhen combine.
        ...(conditions.length > 1 && !item.enableBehavior
          ? [issue(`${here}.enableBehavior`, 'is required with more than one enableWhen')]
          : []),
        ...(conditions.length === 0 && item.enableBehavior
          ? [issue(`${here}.enableBehavior`, 'applies only to an item with enableWhen')]
          : []),
      ];
    }),
  ];
}

function linkIdIssues(def: InstrumentDefinition, linkIds: readonly string[], path: string): ErrorDetail[] {
  const known = new Set(def.item.map((item) => item.linkId));
  return [
    ...linkIds.flatMap((linkId, k) =>
      known.has(linkId) ? [] : [issue(`${path}.${k}`, 'is not the linkId of an item')],
    ),
    ...repeats(linkIds, (k) => `${path}.${k}`, 'linkId'),
  ];
}

/** Bands ascend, each starting right after the one before, from the lowest to the highest score. */
function bandIssues(bands: readonly Band[], range: ScoreRange, path: string): ErrorDetail[] {
  const issues: ErrorDetail[] = [];
  let start = range.min;
  bands.forEach((band, i) => {
    if (band.min !== start) {
      const why =
        i === 0 ? 'the lowest possible score' : band.min < start ? 'bands may not overlap' : 'bands may not leave gaps';
      issues.push(issue(`${path}.${i}.min`, `must be ${start}: ${why}`));
    }
    if (band.max < band.min) issues.push(issue(`${path}.${i}.max`, 'must not be below min'));
    start = Math.max(start, band.max + 1);
  });
  const last = bands.length - 1;
  if (bands[last]?.max !== range.max) {
    issues.push(issue(`${path}.${last}.max`, `must be ${range.max}: the highest possible score`));
  }
  return [
    ...issues,
    ...repeats(
      bands.map((b) => b.label),
      (i) => `${path}.${i}.label`,
      'the label of band',
    ),
  ];
}

function totalIssues(def: InstrumentDefinition): ErrorDetail[] {
  const { total } = def.scoring;
  if (!total) return [];
  const references = linkIdIssues(def, total.linkIds, 'scoring.total.linkIds');
  if (references.length > 0) return references;
  const alwaysAsked = def.item.some((item) => total.linkIds.includes(item.linkId) && !item.enableWhen);
  return total.method === 'max' && !alwaysAsked
    ? [issue('scoring.total.linkIds', 'a max total needs an item that is always asked')]
    : [];
}

function totalBandIssues(def: InstrumentDefinition, range: ScoreRange | null): ErrorDetail[] {
  const { total, bands } = def.scoring;
  if (!bands) return [];
  if (!total) return [issue('scoring.bands', 'needs scoring.total')];
  return range ? bandIssues(bands, range, 'scoring.bands') : [];
}

function subscaleIssues(def: InstrumentDefinition): ErrorDetail[] {
  const subscales = def.scoring.subscales ?? [];
  return [
    ...repeats(
      subscales.map((s) => s.id),
      (i) => `scoring.subscales.${i}.id`,
      'the id of subscale',
    ),
    ...subscales.flatMap((subscale, i) => {
      const here = `scoring.subscales.${i}`;
      const references = linkIdIssues(def, subscale.linkIds, `${here}.linkIds`);
      if (references.length > 0 || !subscale.bands) return references;
      return bandIssues(subscale.bands, sumRange(def, subscale.linkIds), `${here}.bands`);
    }),
  ];
}

function rangeIssues(range: Range, path: string): ErrorDetail[] {
  if (range.min === undefined && range.max === undefined) return [issue(path, 'needs min or max')];
  return range.min !== undefined && range.max !== undefined && range.max < range.min
    ? [issue(`${path}.max`, 'must not be below min')]
    : [];
}

function flagIssues(def: InstrumentDefinition): ErrorDetail[] {
  const linkIds = new Set(def.item.map((item) => item.linkId));
  const subscaleIds = new Set((def.scoring.subscales ?? []).map((s) => s.id));
  return (def.scoring.flags ?? []).flatMap(({ when }, i) => {
    const here = `scoring.flags.${i}.when`;
    const keyed = (entries: Record<string, Range> | undefined, known: Set<string>, path: string, what: string) =>
      Object.entries(entries ?? {}).flatMap(([key, range]) =>
        known.has(key) ? rangeIssues(range, `${path}.${key}`) : [issue(`${path}.${key}`, `is not ${what}`)],
      );
    // A rule with nothing to check would flag every administration.
    const conditions =
      (when.total ? 1 : 0) +
      Object.keys(when.items ?? {}).length +
      Object.keys(when.subscales ?? {}).length +
      (when.endorsed?.length ?? 0);
    return [
      ...(conditions > 0 ? [] : [issue(here, 'needs at least one condition')]),
      ...(when.total
        ? def.scoring.total
          ? rangeIssues(when.total, `${here}.total`)
          : [issue(`${here}.total`, 'needs scoring.total')]
        : []),
      ...keyed(when.items, linkIds, `${here}.items`, 'the linkId of an item'),
      ...keyed(when.subscales, subscaleIds, `${here}.subscales`, 'the id of a subscale'),
      ...(when.endorsed ?? []).flatMap((rule, k) => [
        ...linkIdIssues(def, rule.linkIds, `${here}.endorsed.${k}.linkIds`),
        ...(rule.minCount > rule.linkIds.length
          ? [issue(`${here}.endorsed.${k}.minCount`, 'must not exceed the number of linkIds')]
          : []),
      ]),
    ];
  });
}

const exactlyOne = (rule: object | undefined, keys: string[], path: string) =>
  rule && Object.keys(rule).length !== 1 ? [issue(path, `needs exactly one of ${keys.join(', ')}`)] : [];

function changeIssues(def: InstrumentDefinition, range: ScoreRange | null): ErrorDetail[] {
  const { reliableChange, response, remission } = def.scoring;
  if (!range) {
    return (
      [
        ['scoring.reliableChange', reliableChange],
        ['scoring.response', response],
        ['scoring.remission', remission],
      ] as const
    ).flatMap(([path, rule]) => (rule ? [issue(path, 'needs scoring.total')] : []));
  }
  return [
    ...exactlyOne(reliableChange, ['minimumChange', 'jacobsonTruax'], 'scoring.reliableChange'),
    ...exactlyOne(response, ['percentDrop', 'pointDrop'], 'scoring.response'),
    // A percentage of a score means something only on a scale that cannot go below 0.
    ...(response?.percentDrop !== undefined && range.min < 0
      ? [issue('scoring.response.percentDrop', 'needs a total that cannot be negative')]
      : []),
    // Remission must be reachable and must not be every possible total.
    ...(remission && (remission.below <= range.min || remission.below > range.max)
      ? [issue('scoring.remission.below', `must be above ${range.min} and at most ${range.max}`)]
      : []),
  ];
}
