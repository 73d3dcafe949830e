export * from './outcomes.tables.ts';
export { createOutcomesService, type OutcomesService } from './outcomes.service.ts';
export { outcomesRoutes } from './outcomes.routes.ts';
export { measuresDue, DEFAULT_MEASURE_SCHEDULE, type MeasureSchedule, type MeasureDue } from './measures.ts';
