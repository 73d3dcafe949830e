export * from './notes.tables.ts';
export { createNotesService, type NotesService } from './notes.service.ts';
export { notesRoutes } from './notes.routes.ts';
