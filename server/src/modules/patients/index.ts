export * from './patients.tables.ts';
export { createPatientsService, type PatientsService } from './patients.service.ts';
export type { EpisodeSummary } from './patients.deps.ts';
export { patientsRoutes } from './patients.routes.ts';
