import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** A secret with 256 random bits (AUTH-7 asks for at least 128), URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Secrets are stored only as their SHA-256, so a database leak does not hand out sessions. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
