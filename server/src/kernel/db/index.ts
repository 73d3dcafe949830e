export { openDatabase, runMigrations, migrationsFolder, type Database, type Db } from './database.ts';
export { isUniqueViolation, isForeignKeyViolation } from './errors.ts';
export { selectRows } from './rows.ts';
export { instant, localDate, inList } from './columns.ts';
