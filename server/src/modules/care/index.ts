export * from './care.tables.ts';
export { createCareService, type CareService, type NewTask, type OpenTask } from './care.service.ts';
export { careRoutes } from './care.routes.ts';
