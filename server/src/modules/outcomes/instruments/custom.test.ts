import { describe, expect, it } from 'vitest';
import { validateCustomInstrument } from './custom.ts';
import type { AnswerOption, InstrumentDefinition } from './definition.ts';
import { definitionIssues } from './definition-issues.ts';
import { instruments } from './registry.ts';
import { score } from './score.ts';

const yesNo: AnswerOption[] = [
  { value: 0, display: 'No' },
  { value: 1, display: 'Yes' },
];

/** A small valid instrument: three yes/no items summed 0–3 into two bands. */
const custom = (): InstrumentDefinition => ({
  id: 'SLEEP-3',
  name: 'Sleep3',
  title: 'Three sleep questions',
  item: [
    { linkId: 'a', text: 'Trouble falling asleep?', answerOption: yesNo },
    { linkId: 'b', text: 'Waking at night?', answerOption: yesNo },
    {
      linkId: 'c',
      text: 'Back to sleep within 30 minutes?',
      answerOption: yesNo,
      enableWhen: [{ question: 'b', operator: '=', answerInteger: 1 }],
    },
  ],
  scoring: {
    total: { method: 'sum', linkIds: ['a', 'b', 'c'] },
    bands: [
      { min: 0, max: 1, label: 'low' },
      { min: 2, max: 3, label: 'high' },
    ],
    flags: [{ flag: 'poor_sleep', when: { total: { min: 2 } } }],
    reliableChange: { minimumChange: 2 },
    response: { pointDrop: 1 },
    remission: { below: 1 },
  },
});

const issuesFor = (edit: (json: InstrumentDefinition) => unknown) => {
  const result = validateCustomInstrument(edit(custom()));
  return result.ok ? [] : result.issues;
};

describe('the built-in instruments', () => {
  it.each(Object.entries(instruments))('%s is a consistent definition under its own id', (id, instrument) => {
    expect(instrument.id).toBe(id);
    expect(definitionIssues(instrument)).toEqual([]);
  });

  it('pass as custom instruments once renamed', () => {
    for (const instrument of Object.values(instruments)) {
      const copy = JSON.parse(JSON.stringify({ ...instrument, id: `${instrument.id}-local` })) as unknown;
      expect(validateCustomInstrument(copy)).toMatchObject({ ok: true });
    }
  });
});

describe('validateCustomInstrument', () => {
  it('accepts a well-formed instrument, which then scores', () => {
    const result = validateCustomInstrument(custom());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(score(result.instrument, [1, 1, 0])).toEqual({
      ok: true,
      score: { total: 2, severity: 'high', flags: ['poor_sleep'] },
    });
  });

  it('refuses the id of a built-in instrument', () => {
    expect(issuesFor((j) => ({ ...j, id: 'PHQ-9' }))).toEqual([
      { path: 'id', message: 'is the id of a built-in instrument' },
    ]);
  });

  it('reports shape problems with their paths', () => {
    expect(validateCustomInstrument('PHQ-9')).toEqual({
      ok: false,
      issues: [{ path: '(instrument)', message: expect.any(String) }],
    });
    const issues = issuesFor((j) => {
      const { title: _, ...rest } = j;
      rest.item[0]!.answerOption = [{ value: 0.5, display: 'Half' }, ...yesNo];
      return { ...rest, extra: true };
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'is required' },
        { path: 'extra', message: 'is not a known field' },
        { path: 'item.0.answerOption.0.value', message: expect.any(String) },
      ]),
    );
  });

  it('needs unique linkIds and unique answer values', () => {
    expect(
      issuesFor((j) => {
        j.item[1]!.linkId = 'a';
        j.item[0]!.answerOption = [...yesNo, { value: 1, display: 'Yes, often' }];
        j.scoring.total!.linkIds = ['a', 'c'];
        return j;
      }),
    ).toEqual(
      expect.arrayContaining([
        { path: 'item.1.linkId', message: 'repeats the linkId of item 0' },
        { path: 'item.0.answerOption.2.value', message: 'repeats the value of answerOption 1' },
        { path: 'item.2.enableWhen.0.question', message: 'must be the linkId of an earlier item' },
      ]),
    );
  });

  it('lets enableWhen look only back, at answers that exist', () => {
    expect(
      issuesFor((j) => {
        j.item[0]!.enableWhen = [{ question: 'c', operator: '=', answerInteger: 1 }];
        j.item[2]!.enableWhen = [{ question: 'b', operator: '=', answerInteger: 7 }];
        return j;
      }),
    ).toEqual([
      { path: 'item.0.enableWhen.0.question', message: 'must be the linkId of an earlier item' },
      { path: 'item.2.enableWhen.0.answerInteger', message: 'is not an answer value of item b' },
    ]);
  });

  it('needs enableBehavior with several enableWhen, and only with enableWhen (FHIR que-12)', () => {
    expect(
      issuesFor((j) => {
        const when = { question: 'a', operator: '=' as const, answerInteger: 1 };
        j.item[2]!.enableWhen = [when, when];
        j.item[0]!.enableBehavior = 'any';
        return j;
      }),
    ).toEqual([
      { path: 'item.0.enableBehavior', message: 'applies only to an item with enableWhen' },
      { path: 'item.2.enableBehavior', message: 'is required with more than one enableWhen' },
    ]);
  });

  it('needs bands that start at the lowest total, touch, and end at the highest', () => {
    const withBands = (bands: { min: number; max: number; label: string }[]) =>
      issuesFor((j) => ({ ...j, scoring: { ...j.scoring, bands } }));
    expect(withBands([{ min: 1, max: 3, label: 'x' }])).toEqual([
      { path: 'scoring.bands.0.min', message: 'must be 0: the lowest possible score' },
    ]);
    expect(
      withBands([
        { min: 0, max: 1, label: 'low' },
        { min: 1, max: 2, label: 'high' },
      ]),
    ).toEqual([
      { path: 'scoring.bands.1.min', message: 'must be 2: bands may not overlap' },
      { path: 'scoring.bands.1.max', message: 'must be 3: the highest possible score' },
    ]);
    expect(
      withBands([
        { min: 0, max: 0, label: 'low' },
        { min: 2, max: 3, label: 'low' },
      ]),
    ).toEqual([
      { path: 'scoring.bands.1.min', message: 'must be 1: bands may not leave gaps' },
      { path: 'scoring.bands.1.label', message: 'repeats the label of band 0' },
    ]);
    expect(
      withBands([
        { min: 0, max: 2, label: 'low' },
        { min: 3, max: 1, label: 'high' },
      ]),
    ).toEqual([
      { path: 'scoring.bands.1.max', message: 'must not be below min' },
      { path: 'scoring.bands.1.max', message: 'must be 3: the highest possible score' },
    ]);
  });

  it('counts answer scores, not values, in the range bands must cover', () => {
    expect(
      issuesFor((j) => {
        j.item[0]!.answerOption = [
          { value: 0, display: 'No' },
          { value: 1, display: 'Yes', score: 5 },
        ];
        return j;
      }),
    ).toEqual([{ path: 'scoring.bands.1.max', message: 'must be 7: the highest possible score' }]);
  });

  it('checks what totals, subscales and flags refer to', () => {
    expect(
      issuesFor((j) => ({
        ...j,
        scoring: {
          total: { method: 'sum', linkIds: ['a', 'z', 'a'] },
          subscales: [
            { id: 's', title: 'S', linkIds: ['b'] },
            { id: 's', title: 'S again', linkIds: ['q'] },
          ],
          flags: [
            {
              flag: 'x',
              when: {
                items: { y: { min: 1 }, a: {} },
                subscales: { t: { max: 1 } },
                endorsed: [{ linkIds: ['a'], minValue: 1, minCount: 2 }],
              },
            },
            { flag: 'y', when: {} },
            { flag: 'z', when: { items: {} } },
          ],
        },
      })),
    ).toEqual([
      { path: 'scoring.total.linkIds.1', message: 'is not the linkId of an item' },
      { path: 'scoring.total.linkIds.2', message: 'repeats linkId 0' },
      { path: 'scoring.subscales.1.id', message: 'repeats the id of subscale 0' },
      { path: 'scoring.subscales.1.linkIds.0', message: 'is not the linkId of an item' },
      { path: 'scoring.flags.0.when.items.y', message: 'is not the linkId of an item' },
      { path: 'scoring.flags.0.when.items.a', message: 'needs min or max' },
      { path: 'scoring.flags.0.when.subscales.t', message: 'is not the id of a subscale' },
      { path: 'scoring.flags.0.when.endorsed.0.minCount', message: 'must not exceed the number of linkIds' },
      { path: 'scoring.flags.1.when', message: 'needs at least one condition' },
      { path: 'scoring.flags.2.when', message: 'needs at least one condition' },
    ]);
  });

  it('needs a total for bands, total conditions and change rules', () => {
    expect(
      issuesFor((j) => {
        const { total: _, ...scoring } = j.scoring;
        return { ...j, scoring };
      }),
    ).toEqual([
      { path: 'scoring.bands', message: 'needs scoring.total' },
      { path: 'scoring.flags.0.when.total', message: 'needs scoring.total' },
      { path: 'scoring.reliableChange', message: 'needs scoring.total' },
      { path: 'scoring.response', message: 'needs scoring.total' },
      { path: 'scoring.remission', message: 'needs scoring.total' },
    ]);
  });

  it('needs a max total to include an item that is always asked', () => {
    expect(issuesFor((j) => ({ ...j, scoring: { total: { method: 'max', linkIds: ['c'] } } }))).toEqual([
      { path: 'scoring.total.linkIds', message: 'a max total needs an item that is always asked' },
    ]);
  });

  it('needs exactly one rule per change measure, and a reachable remission', () => {
    expect(
      issuesFor((j) => ({
        ...j,
        scoring: {
          ...j.scoring,
          reliableChange: { minimumChange: 2, jacobsonTruax: { sd: 4, reliability: 0.8 } },
          response: {},
          remission: { below: 0 },
        },
      })),
    ).toEqual([
      { path: 'scoring.reliableChange', message: 'needs exactly one of minimumChange, jacobsonTruax' },
      { path: 'scoring.response', message: 'needs exactly one of percentDrop, pointDrop' },
      { path: 'scoring.remission.below', message: 'must be above 0 and at most 3' },
    ]);
  });

  it('allows a percentage response only on a total that cannot be negative', () => {
    expect(
      issuesFor((j) => {
        j.item[0]!.answerOption = [{ value: 0, display: 'No', score: -1 }, ...yesNo.slice(1)];
        const { bands: _, ...scoring } = j.scoring;
        return { ...j, scoring: { ...scoring, response: { percentDrop: 50 } } };
      }),
    ).toEqual([{ path: 'scoring.response.percentDrop', message: 'needs a total that cannot be negative' }]);
  });
});
