import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { billingRoutes as claimRoutes } from './billing.routes.ts';
import type { BillingService } from './billing.service.ts';
import { worklistRoutes } from './worklist.routes.ts';

export * from './billing.tables.ts';
export { createBillingService, x12MapsFrom, type BillingService } from './billing.service.ts';

/** Every billing route: runs, claims, batches and remittances, and the billing screens' read views. */
export const billingRoutes =
  (service: BillingService): FastifyPluginAsyncTypebox =>
  async (app) => {
    await app.register(claimRoutes(service));
    await app.register(worklistRoutes(service.worklist));
  };
