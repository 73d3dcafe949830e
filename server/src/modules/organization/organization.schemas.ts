import { Type, type Static, type TSchema } from 'typebox';
import { Address, ListQuery, Name } from '../../kernel/http/index.ts';
import { ROLES } from '../identity/index.ts';
import type { OrganizationRow, RoomRow, SiteRow, StaffRecord } from './organization.queries.ts';

// Formats are checked here (400); rules that need a computation or the database are 422s in the service.
const Npi = Type.String({
  pattern: '^\\d{10}$',
  description: 'National Provider Identifier; its check digit is verified.',
  examples: ['1234567893'],
});
// NUCC Health Care Provider Taxonomy code set: 3 digits, 6 of digits or capitals, then X.
const Taxonomy = Type.String({ pattern: '^[0-9]{3}[0-9A-Z]{6}X$', examples: ['261QM0801X'] });
// IRS EIN, with or without the dash; stored as 9 digits (X12 837 REF*EI).
const TaxId = Type.String({ pattern: '^\\d{2}-?\\d{7}$', examples: ['12-3456789'] });
// A NANP number in the usual written forms; stored as its 10 digits (X12 PER communication number).
const Phone = Type.String({
  pattern: '^(\\+?1[ .-]?)?(\\(\\d{3}\\)|\\d{3})[ .-]?\\d{3}[ .-]?\\d{4}$',
  examples: ['(555) 123-4567'],
});
const FacilityType = Type.Enum(['hospital_outpatient', 'cmhc', 'freestanding']);
// CMS Place of Service code set: two digits. The list of assigned codes changes yearly, so only the
// format is enforced here; payer rule packs decide which codes they accept.
const PlaceOfService = Type.String({ pattern: '^(0[1-9]|[1-9][0-9])$', examples: ['11', '22', '52', '53'] });
const TimeZone = Type.String({ minLength: 1, maxLength: 64, examples: ['America/New_York'] });
const SiteName = Type.String({ minLength: 1, maxLength: 200 });
const RoomName = Type.String({ minLength: 1, maxLength: 100 });
const Capacity = Type.Integer({ minimum: 1, maximum: 1000 });
const Credentials = Type.String({ minLength: 1, maxLength: 100, examples: ['LCSW'] });
const Role = Type.Enum([...ROLES]);
const Roles = Type.Array(Role, { minItems: 1, uniqueItems: true });
const Uuid = Type.String({ format: 'uuid' });
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

// Organization

export const OrganizationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    npi: Npi,
    taxId: TaxId,
    taxonomy: Taxonomy,
    facilityType: FacilityType,
    address: Address,
    phone: Phone,
  },
  { additionalProperties: false },
);
export type OrganizationInput = Static<typeof OrganizationBody>;

export const OrganizationResponse = Type.Object({
  name: Type.String(),
  npi: Type.String(),
  taxId: Type.String(),
  taxonomy: Type.String(),
  facilityType: Type.String(),
  address: Address,
  phone: Type.String(),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const toOrganizationResponse = (row: OrganizationRow): Static<typeof OrganizationResponse> => ({
  name: row.name,
  npi: row.npi,
  taxId: row.taxId,
  taxonomy: row.taxonomy,
  facilityType: row.facilityType,
  address: row.address,
  phone: row.phone,
  updatedAt: row.updatedAt.toISOString(),
});

// Sites

export const SiteBody = Type.Object(
  { name: SiteName, timeZone: TimeZone, address: Address, placeOfService: PlaceOfService },
  { additionalProperties: false },
);
export type SiteInput = Static<typeof SiteBody>;

export const SitePatchBody = Type.Object(
  {
    name: Type.Optional(SiteName),
    timeZone: Type.Optional(TimeZone),
    address: Type.Optional(Address),
    placeOfService: Type.Optional(PlaceOfService),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type SitePatch = Static<typeof SitePatchBody>;

export const SiteResponse = Type.Object({
  id: Type.String(),
  name: Type.String(),
  timeZone: Type.String(),
  address: Address,
  placeOfService: Type.String(),
  active: Type.Boolean(),
});

export const toSiteResponse = (row: SiteRow): Static<typeof SiteResponse> => ({
  id: row.id,
  name: row.name,
  timeZone: row.timeZone,
  address: row.address,
  placeOfService: row.placeOfService,
  active: row.active,
});

// Rooms

export const RoomBody = Type.Object(
  { siteId: Uuid, name: RoomName, capacity: Capacity },
  { additionalProperties: false },
);
export type RoomInput = Static<typeof RoomBody>;

export const RoomPatchBody = Type.Object(
  { name: Type.Optional(RoomName), capacity: Type.Optional(Capacity), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type RoomPatch = Static<typeof RoomPatchBody>;

export const RoomQuery = Type.Object({ ...ListQuery.properties, siteId: Type.Optional(Uuid) });

export const RoomResponse = Type.Object({
  id: Type.String(),
  siteId: Type.String(),
  name: Type.String(),
  capacity: Type.Integer(),
  active: Type.Boolean(),
});

export const toRoomResponse = (row: RoomRow): Static<typeof RoomResponse> => ({
  id: row.id,
  siteId: row.siteId,
  name: row.name,
  capacity: row.capacity,
  active: row.active,
});

// Staff

export const StaffBody = Type.Object(
  {
    name: Name,
    email: Type.String({ format: 'email', maxLength: 254 }),
    roles: Roles,
    // 128 is the upper bound of AUTH-2; identity applies the rest of the password policy.
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    credentials: Type.Optional(Credentials),
    npi: Type.Optional(Npi),
    taxonomy: Type.Optional(Taxonomy),
    supervisorId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type StaffInput = Static<typeof StaffBody>;

export const StaffPatchBody = Type.Object(
  {
    credentials: Type.Optional(nullable(Credentials)),
    npi: Type.Optional(nullable(Npi)),
    taxonomy: Type.Optional(nullable(Taxonomy)),
    supervisorId: Type.Optional(nullable(Uuid)),
    roles: Type.Optional(Roles),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type StaffPatch = Static<typeof StaffPatchBody>;

export const StaffQuery = Type.Object({
  ...ListQuery.properties,
  role: Type.Optional(Role),
  active: Type.Optional(Type.Boolean()),
});

export const StaffCreatedResponse = Type.Object({
  id: Type.String(),
  /** Present only when no password was given: shown this once, never stored in clear. */
  temporaryPassword: Type.Optional(Type.String()),
});

export const StaffResponse = Type.Object({
  id: Type.String(),
  name: Name,
  email: Type.String(),
  roles: Type.Array(Type.String()),
  active: Type.Boolean(),
  credentials: Type.Union([Type.String(), Type.Null()]),
  npi: Type.Union([Type.String(), Type.Null()]),
  taxonomy: Type.Union([Type.String(), Type.Null()]),
  supervisorId: Type.Union([Type.String(), Type.Null()]),
});

export const toStaffResponse = (s: StaffRecord): Static<typeof StaffResponse> => ({
  id: s.id,
  name: { given: s.name.given, family: s.name.family },
  email: s.email,
  roles: s.roles,
  active: s.active,
  credentials: s.credentials,
  npi: s.npi,
  taxonomy: s.taxonomy,
  supervisorId: s.supervisorId,
});
