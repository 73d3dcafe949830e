// `npm test`: the whole suite from a fresh clone — the server tests (PGlite, or PostgreSQL when
// TEST_DATABASE_URL is set), then the browser tests against a freshly built web app.
import { ensureDependencies, run } from './workspace.mjs';

ensureDependencies();
run('npm', ['run', 'test:server']);
run('npm', ['run', 'test:e2e']);
