export * from './payers.tables.ts';
export { createPayersService, type PayersService } from './payers.service.ts';
export { payersRoutes } from './payers.routes.ts';
