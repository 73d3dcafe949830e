export { testDatabase, onPostgres } from './test-database.ts';
