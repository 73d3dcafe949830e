// RFC 6238 TOTP: SHA-1, 6 digits, 30 s step, ±1 step accepted (AUTH-5).
import { authenticator } from 'otplib';

const STEP_SECONDS = 30;

export const newTotpSecret = (): string => authenticator.generateSecret(20);

export const otpauthUri = (email: string, secret: string): string => authenticator.keyuri(email, 'IOP EHR', secret);

/** The time step a code was generated for, or null when the code is not valid now. */
export function totpStep(code: string, secret: string, now: Date): number | null {
  const at = authenticator.clone({ epoch: now.getTime(), window: 1, step: STEP_SECONDS });
  const delta = at.checkDelta(code, secret);
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / STEP_SECONDS) + delta;
}

/** For tests and the demo: the code an authenticator app would show at `now`. */
export function totpCode(secret: string, now: Date): string {
  return authenticator.clone({ epoch: now.getTime(), step: STEP_SECONDS }).generate(secret);
}
