export * from './programs.tables.ts';
export { createProgramsService, type ProgramsService, type EpisodeSummary } from './programs.service.ts';
export { findProgram, type ProgramRow } from './programs.queries.ts';
export { primaryClinicians } from './episodes.queries.ts';
export { programsRoutes } from './programs.routes.ts';
