// DESIGN §3 rule 1, checked by `npm run deps:check`: a module imports the kernel and other modules'
// index.ts, nothing else; the kernel imports no module; no import cycles, between files or modules.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-internals',
      severity: 'error',
      comment:
        "A module's index.ts is its public API. Reaching into another module's files couples to its internals; " +
        'import from server/src/modules/<name>/index.ts instead.',
      from: { path: '^server/src/modules/([^/]+)/' },
      to: {
        path: '^server/src/modules/[^/]+/',
        pathNot: [
          '^server/src/modules/$1/',
          '^server/src/modules/[^/]+/index\\.ts$',
          // A module's test factories serve the tests of modules built on it (see test-fixtures-in-tests).
          '^server/src/modules/[^/]+/test-fixtures\\.ts$',
        ],
      },
    },
    {
      name: 'test-fixtures-in-tests',
      severity: 'error',
      comment: 'Test factories insert rows directly, past every rule: only tests and other factories use them.',
      from: { pathNot: '(\\.test\\.ts|/test-fixtures\\.ts)$' },
      to: { path: '^server/src/modules/[^/]+/test-fixtures\\.ts$' },
    },
    {
      name: 'kernel-imports-no-module',
      severity: 'error',
      comment:
        'The kernel is infrastructure without clinical rules; modules depend on it, never the reverse. ' +
        'Where the kernel needs something a module provides, declare a port in the kernel and wire it in modules.ts.',
      from: { path: '^server/src/kernel/' },
      to: { path: '^server/src/(modules/|app\\.ts$|modules\\.ts$|main\\.ts$|bootstrap\\.ts$|demo/|testing/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order fragile and hide which side owns a concept.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-modules',
      severity: 'error',
      comment:
        'Two modules that need each other are one module, or one of them needs a port (decision 0006). ' +
        "A cycle through the modules' index.ts files is still a cycle.",
      scope: 'folder',
      from: { path: '^server/src/modules/[^/]+$' },
      to: { path: '^server/src/modules/[^/]+$', circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve fails at run time.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // The test harness builds the whole app, so every module's route tests reach every other module
    // through it. That is not a dependency between modules: without this, the module-cycle rule would
    // see `X → testing → Y → X` wherever the harness imports a module directly.
    doNotFollow: { path: ['node_modules', '^server/src/testing/'] },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    // Type-only imports count too: a module's types are part of its public API like its functions.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
