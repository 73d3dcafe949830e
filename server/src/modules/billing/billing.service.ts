// The billing use cases, split by sub-entity (DESIGN §3.9): runs and the claim preview, claims,
// batches, remittances. Each is authorize → check → one transaction → audit per patient (DESIGN §3.2).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BillingDeps } from './billing.deps.ts';
import { createBatches } from './batches.service.ts';
import { createChargeMaster } from './charge-master.service.ts';
import { createClaims } from './claims.service.ts';
import { createRemittances } from './remittances.service.ts';
import { createRuns } from './runs.service.ts';
import { createWorklist } from './worklist.service.ts';
import { billingErrors } from './billing.errors.ts';
import { loadMap, type X12Map } from './x12/index.ts';

// The pyx12 implementation maps are kept beside the project (shared/reference/x12-maps), not copied in.
const DEFAULT_MAPS_DIR = fileURLToPath(new URL('../../../../../shared/reference/x12-maps/', import.meta.url));

const MAP_FILES = {
  '837I': '837Q3.I.5010.X223.A1.xml',
  '837P': '837.5010.X222.A1.xml',
  '835': '835.5010.X221.A1.xml',
} as const;

/**
 * The maps, loaded on first use (loadMap caches each file). Without them no file is checked, so none
 * is handed out: batches and remittances answer 503 until the maps are in place.
 */
export function x12MapsFrom(dir = DEFAULT_MAPS_DIR): () => Record<keyof typeof MAP_FILES, X12Map> {
  return () => {
    if (!fs.existsSync(path.join(dir, MAP_FILES['837I']))) throw billingErrors.x12MapsUnavailable();
    return {
      '837I': loadMap(path.join(dir, MAP_FILES['837I'])),
      '837P': loadMap(path.join(dir, MAP_FILES['837P'])),
      '835': loadMap(path.join(dir, MAP_FILES['835'])),
    };
  };
}

export type BillingService = ReturnType<typeof createBillingService>;

export function createBillingService(deps: Omit<BillingDeps, 'x12Maps'> & Partial<Pick<BillingDeps, 'x12Maps'>>) {
  const full: BillingDeps = { ...deps, x12Maps: deps.x12Maps ?? x12MapsFrom() };
  return {
    runs: createRuns(full),
    claims: createClaims(full),
    batches: createBatches(full),
    remittances: createRemittances(full),
    worklist: createWorklist(full),
    chargeMaster: createChargeMaster(full),
  };
}
