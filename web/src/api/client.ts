// The typed API client. Cookies go only to our own origin; every answer that says the session is
// over (401) or restricted (403 auth.mfa_enrollment_required) is reported to the auth provider.
import createClient, { type Middleware } from 'openapi-fetch';
import { toApiError } from './errors';
import type { ApiPaths } from './paths';
import { sessionEvents } from './session-events';

/** 401s on these paths are answers about credentials, not about an ended session. */
const LOGIN_PATHS = new Set(['/api/auth/login', '/api/auth/me']);

const sessionMiddleware: Middleware = {
  async onResponse({ schemaPath, response }) {
    if (response.status === 401 && !LOGIN_PATHS.has(schemaPath)) sessionEvents.emit('ended');
    if (response.status === 403) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => null);
      if (toApiError(response, body).code === 'auth.mfa_enrollment_required')
        sessionEvents.emit('mfa-enrollment-required');
    }
    return undefined;
  },
};

export const api = createClient<ApiPaths>({ credentials: 'same-origin' });
api.use(sessionMiddleware);

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * The data of a successful call, or a thrown ApiError: query and mutation functions stay one line
 * (`unwrap(api.GET('/api/payers'))`) and TanStack Query sees failures as errors.
 */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response, error);
  return data as T;
}
