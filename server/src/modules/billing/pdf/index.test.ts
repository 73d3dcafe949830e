import { describe, expect, it } from 'vitest';
import { CMS1500 } from './cms1500-layout.ts';
import { renderClaimForm, renderCms1500, renderUb04 } from './index.ts';
import { institutionalClaim, professionalClaim } from './test-fixtures.ts';
import { dataIn, readForm } from './test-pdf.ts';
import { UB04 } from './ub04-layout.ts';

describe('claim forms', () => {
  it('prints a claim on the form of its format', async () => {
    const ub04 = await readForm(await renderClaimForm(institutionalClaim()));
    const cms1500 = await readForm(await renderClaimForm(professionalClaim()));
    expect(ub04.doc.getTitle()).toBe('UB-04 CLM-2026-0001');
    expect(cms1500.doc.getTitle()).toBe('CMS-1500 CLM-2026-0002');
  });

  it.each([
    ['UB-04', renderUb04, institutionalClaim],
    ['CMS-1500', renderCms1500, professionalClaim],
  ] as const)('renders the same %s bytes for the same claim, and other bytes for another', async (_, render, claim) => {
    const first = await render(claim(30));
    expect(Buffer.from(await render(claim(30))).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(await render(claim(29))).equals(Buffer.from(first))).toBe(false);
  });

  it('dates the document by the preparation day, else by the statement end, whatever the clock says', async () => {
    const dated = await readForm(await renderUb04(institutionalClaim(), { preparedOn: '2026-04-01' }));
    expect(dated.doc.getCreationDate()?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(dated.doc.getModificationDate()?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    const undated = await readForm(await renderCms1500(professionalClaim()));
    expect(undated.doc.getCreationDate()?.toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });

  it('prints letters outside the standard fonts’ character set as their base letter or ?, never failing', async () => {
    const claim = professionalClaim();
    claim.patient = { ...claim.patient, name: { given: 'Thị Ánh', family: 'Nguyễn 李' } };
    const { pages } = await readForm(await renderCms1500(claim));
    expect(dataIn(pages[0] ?? [], CMS1500['2'])).toEqual(['Nguyen ?, Thi Ánh']);
  });

  it('shrinks, then cuts with an ellipsis, a value too long for its box', async () => {
    const claim = institutionalClaim();
    const name = 'Regional Behavioral Health Cooperative Plan of the Greater Springfield Area';
    claim.payer = { ...claim.payer, name: `${name} ${name}` };
    const { pages } = await readForm(await renderUb04(claim));
    const runs = (pages[0] ?? []).filter((run) => !run.ink && run.x >= UB04['50'].x && run.x < UB04['51'].x);
    const payer = runs.find((run) => run.text.startsWith('Regional'));
    expect(payer?.size).toBeLessThan(8);
    expect(payer?.text.endsWith('…')).toBe(true);
  });
});
