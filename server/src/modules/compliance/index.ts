export { createComplianceService, type ComplianceService } from './compliance.service.ts';
export { complianceRoutes } from './compliance.routes.ts';
