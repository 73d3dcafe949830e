export * from './organization.tables.ts';
export { createOrganizationService, type OrganizationService } from './organization.service.ts';
export { organizationRoutes } from './organization.routes.ts';
export {
  findStaff,
  findSite,
  findRoom,
  getOrganization,
  type StaffRecord,
  type SiteRow,
  type RoomRow,
  type OrganizationRow,
} from './organization.queries.ts';
export { isValidNpi } from './npi.ts';
