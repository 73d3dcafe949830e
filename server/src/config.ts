// The only reader of process.env. Everything else receives a Config.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  demoData: boolean;
  mfaRequiredRoles: string[];
  /** Extra origins accepted for cookie-authenticated state changes (besides the request's own host). */
  allowedOrigins: string[];
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  loginAttemptsPerMinutePerIp: number;
  softLockFailures: number;
  softLockWindowMinutes: number;
  webDist: string | undefined;
  logLevel: string;
  auditSealIntervalMs: number;
  /** How many weeks ahead group sessions exist as rows (the rolling horizon). */
  scheduleHorizonWeeks: number;
  /** Consecutive group-session absences that raise a task for the primary clinician (0: never). */
  absenceAlertAfter: number;
  /** Similarity (Jaccard of word 3-shingles, in %) at which two group-note entries count as copies. */
  noteSimilarityLimitPercent: number;
  /** Hours after a session ends that its note is due. */
  noteDueHours: number;
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function percent(value: string | undefined, fallback: number, name: string): number {
  const n = int(value, fallback, name);
  if (n < 1 || n > 100) throw new Error(`${name} must be between 1 and 100, got "${value}"`);
  return n;
}

function list(value: string | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.PORT, 3000, 'PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    demoData: (env.DEMO_DATA ?? '1') !== '0',
    mfaRequiredRoles: list(env.MFA_REQUIRED_ROLES, ['admin', 'biller']),
    allowedOrigins: list(env.ALLOWED_ORIGINS, []),
    sessionIdleMinutes: int(env.SESSION_IDLE_MINUTES, 15, 'SESSION_IDLE_MINUTES'),
    sessionAbsoluteHours: int(env.SESSION_ABSOLUTE_HOURS, 12, 'SESSION_ABSOLUTE_HOURS'),
    loginAttemptsPerMinutePerIp: int(env.LOGIN_ATTEMPTS_PER_MINUTE, 5, 'LOGIN_ATTEMPTS_PER_MINUTE'),
    softLockFailures: int(env.SOFT_LOCK_FAILURES, 10, 'SOFT_LOCK_FAILURES'),
    softLockWindowMinutes: int(env.SOFT_LOCK_WINDOW_MINUTES, 15, 'SOFT_LOCK_WINDOW_MINUTES'),
    webDist: env.WEB_DIST || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    auditSealIntervalMs: int(env.AUDIT_SEAL_INTERVAL_MS, 2000, 'AUDIT_SEAL_INTERVAL_MS'),
    scheduleHorizonWeeks: int(env.SCHEDULE_HORIZON_WEEKS, 8, 'SCHEDULE_HORIZON_WEEKS'),
    absenceAlertAfter: int(env.ABSENCE_ALERT_AFTER, 2, 'ABSENCE_ALERT_AFTER'),
    noteSimilarityLimitPercent: percent(env.NOTE_SIMILARITY_LIMIT, 50, 'NOTE_SIMILARITY_LIMIT'),
    noteDueHours: int(env.NOTE_DUE_HOURS, 24, 'NOTE_DUE_HOURS'),
  };
}

/** A config for tests: no environment, fixed defaults, overridable. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), demoData: false, logLevel: 'silent', ...overrides };
}
