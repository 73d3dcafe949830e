export * from './identity.tables.ts';
export { createIdentityService, type IdentityService, type UserSummary, type NewUser } from './identity.service.ts';
export { identityRoutes, authenticator, SESSION_COOKIE } from './identity.routes.ts';
export { ROLES, PERMISSIONS, permissionsFor, isRole, type Role, type Permission } from './permissions.ts';
export { totpCode } from './totp.ts';
export { passwordProblem } from './passwords.ts';
