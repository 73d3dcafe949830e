export { createAuditService, type AuditService } from './audit-log.service.ts';
export { auditLogRoutes } from './audit-log.routes.ts';
