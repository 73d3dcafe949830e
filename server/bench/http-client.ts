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
  /** The response body as received ('' when the client failed). */
  body: string;
  /** From sending the request to the end of the response body. */
  ms: number;
}

export interface Outgoing {
  method: 'GET' | 'POST';
  path: string;
  /** A loopback source address; the system picks one when omitted. */
  localAddress?: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  payload?: unknown;
}

const REQUEST_TIMEOUT_MS = 15_000;

/** Send one request to 127.0.0.1:`port`. Never throws. */
export function send(agent: http.Agent, port: number, outgoing: Outgoing): Promise<Reply> {
  const body = outgoing.payload === undefined ? undefined : JSON.stringify(outgoing.payload);
  const start = now();
  const failed = (err: Error): Reply => ({
    status: 0,
    code: `client.${err.message}`,
    retryAfter: null,
    setCookies: [],
    body: '',
    ms: now() - start,
  });
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        ...(outgoing.localAddress ? { localAddress: outgoing.localAddress } : {}),
        agent,
        method: outgoing.method,
        path: outgoing.path,
        headers: {
          'user-agent': 'iop-ehr-bench',
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }),
          ...outgoing.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let code: string | null = null;
          try {
            const parsed = JSON.parse(text) as { error?: { code?: string } };
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
            body: text,
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

/** POST a JSON body from `localAddress`. Never throws. */
export function postJson(
  agent: http.Agent,
  port: number,
  localAddress: string,
  path: string,
  payload: unknown,
): Promise<Reply> {
  return send(agent, port, { method: 'POST', path, localAddress, payload });
}
