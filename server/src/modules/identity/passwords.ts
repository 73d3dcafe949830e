// Password storage and policy (AUTH-2, AUTH-3; NIST SP 800-63B §5.1.1.2).
import { hash, verify } from '@node-rs/argon2';

// argon2id, m = 19 MiB, t = 2, p = 1: the OWASP minimum and ASVS 2.4.1 figure.
const ARGON2ID = 2; // @node-rs/argon2 Algorithm.Argon2id (a const enum, not importable at run time)
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verified against when the user does not exist, so timing does not reveal which emails are real.
let decoyHash: Promise<string> | undefined;
export function decoy(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that never matches anything');
  return decoyHash;
}

/** Returns a reason when the password is not acceptable; length only, no composition rules. */
export function passwordProblem(password: string, context: string[] = []): string | undefined {
  const length = [...password].length;
  if (length < 12) return 'Use at least 12 characters.';
  if (length > 128) return 'Use at most 128 characters.';
  const lower = password.toLowerCase();
  if (/^(.)\1+$/.test(password)) return 'Do not repeat a single character.';
  if (COMMON.some((c) => lower.includes(c)) && length < 16) return 'This password is too common.';
  if (context.some((c) => c.length >= 4 && lower.includes(c.toLowerCase())))
    return 'Do not use your name or email in the password.';
  return undefined;
}

// Fragments that dominate breached-password lists; a longer passphrase containing one is still fine.
const COMMON = ['password', 'passw0rd', '123456', 'qwerty', 'letmein', 'welcome', 'iloveyou', 'admin', 'abc123'];
