// S3's physical floor (§B4 S3: "raw SELECT of the same 24k lines"): one statement reading every
// claim line a batch will hold, in claim and line order, through the app's driver. It reads the
// columns a line of the file is made of and leaves out the rule trace, which the 837 does not carry.
import { sql } from 'drizzle-orm';
import { selectRows, type Db } from '../src/kernel/db/index.ts';

export interface RawLine {
  claimId: string;
  position: number;
  serviceDate: string;
  procedureCode: string;
  chargeCents: number;
}

export function rawBatchLines(db: Db, claimIds: readonly string[]): Promise<RawLine[]> {
  return selectRows<RawLine>(
    db,
    sql`select l.claim_id as "claimId", l.position, l.service_date as "serviceDate",
        l.procedure_code as "procedureCode", l.charge_cents as "chargeCents"
      from claim_lines l
      where l.claim_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(claimIds)}::jsonb))
      order by l.claim_id, l.position`,
  );
}
