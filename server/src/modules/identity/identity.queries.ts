import { and, eq, gt, gte, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../kernel/db/index.ts';
import { apiTokens, loginAttempts, loginSessions, recoveryCodes, users } from './identity.tables.ts';

export type UserRow = typeof users.$inferSelect;
export type LoginSessionRow = typeof loginSessions.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<void> {
  await db.insert(users).values(row);
}

export async function updateUser(db: Db, id: string, patch: Partial<typeof users.$inferInsert>): Promise<void> {
  await db.update(users).set(patch).where(eq(users.id, id));
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function recordAttempt(db: Db, row: typeof loginAttempts.$inferInsert): Promise<number> {
  const [inserted] = await db.insert(loginAttempts).values(row).returning({ id: loginAttempts.id });
  return inserted!.id;
}

export async function markAttemptSucceeded(db: Db, id: number): Promise<void> {
  await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, id));
}

export async function forgetAttempt(db: Db, id: number): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.id, id));
}

/** Serializes attempts from one IP and against one account for the rest of the transaction. */
export async function lockLoginKeys(tx: Db, ip: string, email: string): Promise<void> {
  // Always IP first, then email, so two attempts never wait on each other in opposite order.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-ip:${ip}`}))`);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-email:${email}`}))`);
}

/** Failed attempts since `since`, from one IP or against one email, and the oldest of them. */
export async function failuresSince(
  db: Db,
  by: { ip: string } | { email: string },
  since: Date,
): Promise<{ count: number; oldest: Date | null }> {
  const who = 'ip' in by ? eq(loginAttempts.ip, by.ip) : eq(loginAttempts.email, by.email);
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(who, eq(loginAttempts.success, false), gte(loginAttempts.at, since)));
  return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

export async function insertLoginSession(db: Db, row: typeof loginSessions.$inferInsert): Promise<void> {
  await db.insert(loginSessions).values(row);
}

export async function findSessionWithUser(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ session: loginSessions, user: users })
    .from(loginSessions)
    .innerJoin(users, eq(users.id, loginSessions.userId))
    .where(and(eq(loginSessions.tokenHash, tokenHash), isNull(loginSessions.revokedAt)));
  return row;
}

export async function touchSession(db: Db, id: string, at: Date): Promise<void> {
  await db.update(loginSessions).set({ lastSeenAt: at }).where(eq(loginSessions.id, id));
}

export async function revokeSession(db: Db, id: string, at: Date): Promise<void> {
  await db.update(loginSessions).set({ revokedAt: at }).where(eq(loginSessions.id, id));
}

/** Revoke every live session and token of a user, except the session given. */
export async function revokeAllCredentials(db: Db, userId: string, at: Date, keepSessionId?: string): Promise<void> {
  await db
    .update(loginSessions)
    .set({ revokedAt: at })
    .where(
      and(
        eq(loginSessions.userId, userId),
        isNull(loginSessions.revokedAt),
        keepSessionId ? ne(loginSessions.id, keepSessionId) : undefined,
      ),
    );
  await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

export async function insertApiToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<void> {
  await db.insert(apiTokens).values(row);
}

export async function findTokenWithUser(db: Db, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)));
  return row;
}

export async function revokeToken(db: Db, id: string, at: Date): Promise<void> {
  await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id));
}

export async function replaceRecoveryCodes(db: Db, userId: string, rows: (typeof recoveryCodes.$inferInsert)[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(rows);
}

/** Marks a recovery code used; true only the first time (single use). */
export async function consumeRecoveryCode(db: Db, userId: string, codeHash: string, at: Date): Promise<boolean> {
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

/** Accept a TOTP step only if it is later than the last accepted one (no replay within the window). */
export async function advanceMfaStep(db: Db, userId: string, step: number): Promise<boolean> {
  const updated = await db
    .update(users)
    .set({ mfaLastStep: step })
    .where(and(eq(users.id, userId), sql`coalesce(${users.mfaLastStep}, 0) < ${step}`))
    .returning({ id: users.id });
  return updated.length > 0;
}
