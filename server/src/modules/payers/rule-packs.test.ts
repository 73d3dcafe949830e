import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_PACKS, defaultRulePack } from './rule-pack-templates.ts';
import { TEMPLATES, isTemplate, rulePackProblems } from './rule-packs.ts';

const paths = (problems: { path: string }[]) => problems.map((p) => p.path).sort();

describe('rule-pack templates', () => {
  it.each(TEMPLATES)('the %s defaults fit their own schema', (template) => {
    expect(rulePackProblems(template, DEFAULT_RULE_PACKS[template])).toEqual([]);
  });

  it('carries the BILLING-RULES defaults', () => {
    const professional = DEFAULT_RULE_PACKS.commercial_professional;
    expect(professional).toMatchObject({
      maxGroupSize: 12,
      groupMinMinutes: 45,
      requiresAuthorization: true,
      claimPeriod: 'week',
      maxLinesPerClaim: 50,
    });
    expect(professional.telehealth).toEqual({
      video: { placeOfService: '10', modifier: '95' },
      audio: { placeOfService: '10', modifier: '93' },
    });
    expect(professional.optionalModifiers).toEqual({ HQ: false, HF: false, '59': false });
    const medicare = DEFAULT_RULE_PACKS.medicare_institutional;
    expect(medicare).toMatchObject({ claimPeriod: 'month', conditionCodes: { IOP: '92', PHP: '41' } });
    expect(medicare.services.psychoeducation).toEqual({ revenueCode: '0942', procedureCode: 'G0177', minMinutes: 45 });
    const perDiem = DEFAULT_RULE_PACKS.commercial_per_diem;
    expect(perDiem.minDailyMinutes).toEqual({ IOP: 180, PHP: 300 });
    expect(perDiem.perDiemCodes.IOP.substance_use).toEqual({ revenueCode: '0906', procedureCode: 'H0015' });
    expect(perDiem.authorizationUnit).toBe('days');
  });

  it('hands out copies, never the defaults themselves', () => {
    const copy = defaultRulePack('commercial_professional');
    copy.maxGroupSize = 99;
    expect(DEFAULT_RULE_PACKS.commercial_professional.maxGroupSize).toBe(12);
  });

  it('knows its templates', () => {
    expect(isTemplate('commercial_per_diem')).toBe(true);
    expect(isTemplate('toString')).toBe(false);
  });
});

describe('rule-pack validation', () => {
  it('names missing, unknown and malformed rules by dotted path', () => {
    const { maxGroupSize: _, ...rules } = defaultRulePack('commercial_professional');
    const problems = rulePackProblems('commercial_professional', {
      ...rules,
      groupMinMinutes: 0,
      surprise: true,
      telehealth: { ...rules.telehealth, video: { placeOfService: 'ten', modifier: '95' } },
    });
    expect(paths(problems)).toEqual(['groupMinMinutes', 'maxGroupSize', 'surprise', 'telehealth.video.placeOfService']);
  });

  it('checks codes against their code sets’ shapes', () => {
    const rules = defaultRulePack('medicare_institutional');
    rules.services.group_psychotherapy = { revenueCode: '915', procedureCode: 'g0410' };
    expect(paths(rulePackProblems('medicare_institutional', rules))).toEqual([
      'services.group_psychotherapy.procedureCode',
      'services.group_psychotherapy.revenueCode',
    ]);
  });

  it('rejects a pack of another template', () => {
    expect(rulePackProblems('commercial_per_diem', DEFAULT_RULE_PACKS.commercial_professional).length).toBeGreaterThan(
      0,
    );
    expect(paths(rulePackProblems('commercial_per_diem', 'nonsense'))).toEqual(['(rules)']);
  });

  it('requires minute bands in order, not overlapping, open-ended only at the end', () => {
    const rules = defaultRulePack('commercial_professional');
    rules.services.individual_therapy.minuteBands = [
      { minMinutes: 16, maxMinutes: null, procedureCode: '90832' },
      { minMinutes: 30, maxMinutes: 20, procedureCode: '90834' },
      { minMinutes: 25, maxMinutes: null, procedureCode: '90837' },
    ];
    const at = 'services.individual_therapy.minuteBands';
    expect(paths(rulePackProblems('commercial_professional', rules))).toEqual([
      `${at}.0.maxMinutes`,
      `${at}.1.maxMinutes`,
      `${at}.1.minMinutes`,
      `${at}.2.minMinutes`,
    ]);
  });
});
