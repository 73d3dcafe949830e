export {
  createHttpServer,
  registerApiDocs,
  type App,
  type Access,
  type Authenticator,
  type DeclaredRoute,
} from './server.ts';
export {
  AppError,
  badRequest,
  unauthenticated,
  forbidden,
  notFound,
  conflict,
  unprocessable,
  type ErrorDetail,
} from './errors.ts';
export { systemContext, can, type Actor, type RequestContext } from './context.ts';
export { ErrorResponse, ListQuery, IdParams, Name, Address, DateString, IdResponse, Page, page } from './schemas.ts';
export type { PatientAccess } from './patient-access.ts';
