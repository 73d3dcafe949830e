// A loopback HTTP client for scenarios that drive the real app over real sockets. Each request can
// bind its own source address (Linux routes all of 127.0.0.0/8 to lo), so the app sees distinct
// client IPs in request.ip without trusting any proxy header (the app runs with trustProxy: false).
import http from 'node:http';
import { now } from './harness.ts';

export interface Reply {
  /** HTTP status; 0 when the client failed (refused, reset, timed out). */
  status: number;
  /** The `{ error: { code } }` of an error response, or `client.<message>` for a client failure. */
  code: string | null;
  retryAfter: string | null;
  setCookies: string[];
  /** From sending the request to the end of the response body. */
  ms: number;
}

const REQUEST_TIMEOUT_MS = 15_000;

/** POST a JSON body to 127.0.0.1:`port` from `localAddress`. Never throws. */
export function postJson(
  agent: http.Agent,
  port: number,
  localAddress: string,
  path: string,
  payload: unknown,
): Promise<Reply> {
  const body = JSON.stringify(payload);
  const start = now();
  const failed = (err: Error): Reply => ({
    status: 0,
    code: `client.${err.message}`,
    retryAfter: null,
    setCookies: [],
    ms: now() - start,
  });
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        agent,
        method: 'POST',
        path,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'iop-ehr-bench',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let code: string | null = null;
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { error?: { code?: string } };
            code = parsed.error?.code ?? null;
          } catch {
            code = null;
          }
          const retryAfter = res.headers['retry-after'];
          resolve({
            status: res.statusCode ?? 0,
            code,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
            setCookies: res.headers['set-cookie'] ?? [],
            ms: now() - start,
          });
        });
        res.on('error', (err) => resolve(failed(err)));
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', (err) => resolve(failed(err)));
    req.end(body);
  });
}
