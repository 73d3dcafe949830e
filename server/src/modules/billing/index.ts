export * from './billing.tables.ts';
export { createBillingService, x12MapsFrom, type BillingService } from './billing.service.ts';
export { billingRoutes } from './billing.routes.ts';
