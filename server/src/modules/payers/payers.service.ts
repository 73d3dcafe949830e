// Payers and their rule packs: created from a template (BILLING-RULES §2–§4), then edited; every
// edit is a new version so claims can name the rules that produced them (BILLING-RULES §1).
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import { page, type RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { payerErrors } from './payers.errors.ts';
import * as q from './payers.queries.ts';
import { defaultRulePack } from './rule-pack-templates.ts';
import { isTemplate, rulePackProblems, type Template } from './rule-packs.ts';

export type PayersService = ReturnType<typeof createPayersService>;

interface Window {
  limit?: number | undefined;
  cursor?: string | undefined;
}

const CATEGORY = 'payer';

export function createPayersService({ db, clock, audit }: { db: Db; clock: Clock; audit: Audit }) {
  async function existing(tx: Db, id: string): Promise<q.PayerRecord> {
    const payer = await q.findPayer(tx, id);
    if (!payer) throw payerErrors.notFound();
    return payer;
  }

  return {
    async createPayer(
      ctx: RequestContext,
      input: { name: string; payerId: string; template: string },
    ): Promise<q.PayerRecord> {
      if (!isTemplate(input.template)) throw payerErrors.unknownTemplate(input.template);
      const template: Template = input.template;
      return db.transaction(async (tx) => {
        const id = newId();
        const now = clock.now();
        await q.insertPayer(tx, { id, name: input.name, payerId: input.payerId, template, createdAt: now });
        await q.insertRulePack(tx, {
          id: newId(),
          payerId: id,
          version: 1,
          rules: defaultRulePack(template),
          createdAt: now,
          createdBy: ctx.actor?.userId ?? null,
        });
        await audit.record(tx, ctx, {
          action: 'create',
          category: CATEGORY,
          entityId: id,
          details: { template, rulesVersion: 1 },
        });
        return existing(tx, id);
      });
    },

    async listPayers(query: Window) {
      const limit = query.limit ?? 50;
      const offset = page.offset(query.cursor);
      return page.of(await q.listPayers(db, { limit, offset }), limit, offset);
    },

    async getPayer(id: string): Promise<q.PayerRecord> {
      return existing(db, id);
    },

    /** Replace the payer's rules with a new version, after checking them against its template. */
    async replaceRules(ctx: RequestContext, id: string, rules: Record<string, unknown>): Promise<q.PayerRecord> {
      return db.transaction(async (tx) => {
        const payer = await q.lockPayer(tx, id);
        if (!payer) throw payerErrors.notFound();
        // The check constraint keeps stored templates known; the guard narrows the type.
        if (!isTemplate(payer.template)) throw payerErrors.unknownTemplate(payer.template);
        const problems = rulePackProblems(payer.template, rules);
        if (problems.length > 0) throw payerErrors.invalidRules(problems);
        const version = (await q.latestVersion(tx, id)) + 1;
        await q.insertRulePack(tx, {
          id: newId(),
          payerId: id,
          version,
          rules,
          createdAt: clock.now(),
          createdBy: ctx.actor?.userId ?? null,
        });
        await audit.record(tx, ctx, {
          action: 'update',
          category: CATEGORY,
          entityId: id,
          details: { rulesVersion: version },
        });
        return existing(tx, id);
      });
    },

    /** Every version of the payer's rules, newest first. */
    async listRuleVersions(id: string, query: Window) {
      const limit = query.limit ?? 50;
      const offset = page.offset(query.cursor);
      await existing(db, id);
      return page.of(await q.listRulePacks(db, id, { limit, offset }), limit, offset);
    },
  };
}
