// What the billing use cases are built from (DESIGN §3.2: plain factories, wired in modules.ts).
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import type { PatientAccess } from '../../kernel/http/index.ts';
import type { X12Map } from './x12/index.ts';

export interface BillingDeps {
  db: Db;
  clock: Clock;
  audit: Audit;
  /** Object-level access to patients: the programs module decides. */
  patientAccess: PatientAccess;
  /** The implementation maps every 837 is checked against before it is stored (BILLING-RULES §5). */
  x12Maps: () => Record<'837I' | '837P' | '835', X12Map>;
}
