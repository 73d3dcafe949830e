import { errorMessage, isApiError } from '../../api/errors';

function waitText(seconds: number | null): string {
  if (seconds === null) return 'a little while';
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** What to tell a person whose login step failed; codes from API.md and the identity module. */
export function loginErrorMessage(error: unknown, step: 'password' | 'code'): string {
  if (!isApiError(error)) return errorMessage(error);
  switch (error.code) {
    case 'auth.invalid_credentials':
      return 'The email or password is not correct.';
    case 'auth.mfa_required':
      return 'That code is not valid. Enter the current 6-digit code from your authenticator app, or an unused recovery code.';
    case 'auth.too_many_attempts':
      return `Too many login attempts. Try again in ${waitText(error.retryAfter)}.`;
    case 'auth.account_locked':
      return `This account is locked after repeated failed attempts. Try again in ${waitText(error.retryAfter)}, or ask an administrator.`;
    default:
      return step === 'code' && error.status === 401 ? 'That code is not valid.' : error.message;
  }
}
