export * from './scheduling.tables.ts';
export { createSchedulingService, type SchedulingService } from './scheduling.service.ts';
export { schedulingRoutes } from './scheduling.routes.ts';
