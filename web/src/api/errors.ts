// Every /api error has the shape { error: { code, message, details: [{ path, message }] } } (API.md).

export interface ApiErrorDetail {
  path: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorDetail[];
  /** Seconds from the Retry-After header (429), when present. */
  readonly retryAfter: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    details: ApiErrorDetail[] = [],
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfter = retryAfter;
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function parseDetails(value: unknown): ApiErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((d) => ({ path: String(d.path ?? ''), message: String(d.message ?? '') }));
}

/** Build an ApiError from a failed response and its parsed body (which may be anything). */
export function toApiError(response: Response, body: unknown): ApiError {
  const retryHeader = response.headers.get('Retry-After');
  const retryAfter = retryHeader !== null && /^\d+$/.test(retryHeader) ? Number(retryHeader) : null;
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (!error) {
    const message =
      response.status >= 500 ? 'The server could not complete the request.' : `Request failed (${response.status}).`;
    return new ApiError(response.status, `http.${response.status}`, message, [], retryAfter);
  }
  return new ApiError(
    response.status,
    String(error.code ?? `http.${response.status}`),
    String(error.message ?? 'Request failed.'),
    parseDetails(error.details),
    retryAfter,
  );
}

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof TypeError) return 'The server could not be reached. Check the connection and try again.';
  return 'Something went wrong.';
}
