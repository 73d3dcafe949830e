// Type helpers over the generated OpenAPI paths (schema.d.ts, from `npm run api:generate`), so
// modules name their DTOs after endpoints instead of writing them again by hand.
import type { paths } from './schema';

export type ApiPaths = paths;

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type OperationOf<P extends keyof ApiPaths, M extends Method> = NonNullable<ApiPaths[P][M & keyof ApiPaths[P]]>;
type SuccessOf<R> = R extends { 200: infer S }
  ? S
  : R extends { 201: infer S }
    ? S
    : R extends { 204: infer S }
      ? S
      : never;

/** The JSON body of an endpoint's success response. */
export type ResponseOf<P extends keyof ApiPaths, M extends Method = 'get'> =
  SuccessOf<OperationOf<P, M> extends { responses: infer R } ? R : never> extends {
    content: { 'application/json': infer J };
  }
    ? J
    : void;

/** The JSON request body of an endpoint. */
export type BodyOf<P extends keyof ApiPaths, M extends Method> =
  OperationOf<P, M> extends { requestBody?: infer B }
    ? NonNullable<B> extends { content: { 'application/json': infer J } }
      ? J
      : never
    : never;

/** The query parameters of an endpoint. */
export type QueryOf<P extends keyof ApiPaths, M extends Method = 'get'> =
  OperationOf<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The element type of a list endpoint (`{ items, nextCursor }`). */
export type ItemOf<P extends keyof ApiPaths> = ResponseOf<P> extends { items: (infer I)[] } ? I : never;
