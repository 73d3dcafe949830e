export { createTestApp, cookieOf, TEST_PASSWORD, ORIGIN, type TestApp, type Session } from './test-app.ts';
export { testDatabase, onPostgres } from '../kernel/testing/index.ts';
