// The organization's billing identity, its sites and rooms, and staff (the clinical and billing
// profile beside each login). Configuration, not patient data: writes are audited, reads are not.
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import { can, forbidden, page, type RequestContext } from '../../kernel/http/index.ts';
import { newId, newSecret } from '../../kernel/ids.ts';
import type { IdentityService, Permission } from '../identity/index.ts';
import * as errors from './organization.errors.ts';
import * as q from './organization.queries.ts';
import type {
  OrganizationInput,
  RoomInput,
  RoomPatch,
  SiteInput,
  SitePatch,
  StaffInput,
  StaffPatch,
} from './organization.schemas.ts';
import { isValidNpi } from './npi.ts';
import { ianaTimeZone } from './time-zone.ts';

export interface ListOptions {
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** Random, URL-safe and 20 characters (120 bits): within the password policy and easy to hand over. */
const TEMPORARY_PASSWORD_LENGTH = 20;

export type OrganizationService = ReturnType<typeof createOrganizationService>;

export function createOrganizationService({
  db,
  clock,
  audit,
  identity,
}: {
  db: Db;
  clock: Clock;
  audit: Audit;
  identity: IdentityService;
}) {
  /**
   * Routes declare their access; the service checks again so no other caller can skip it
   * (DESIGN §3.4). Work the system does itself (no actor: boot, demo data) is trusted.
   */
  const authorize = (ctx: RequestContext, permission: Permission) => {
    if (ctx.actor && !can(ctx, permission)) throw forbidden();
  };

  const window = (options: ListOptions) => ({ limit: options.limit ?? 50, offset: page.offset(options.cursor) });

  function checkNpi(npi: string | null | undefined, path: string): void {
    if (npi && !isValidNpi(npi)) throw errors.invalidNpi(path);
  }

  function checkTimeZone(timeZone: string, path: string): string {
    const zone = ianaTimeZone(timeZone);
    if (!zone) throw errors.invalidTimeZone(path);
    return zone;
  }

  async function requireSite(tx: Db, id: string): Promise<q.SiteRow> {
    const site = await q.findSite(tx, id);
    if (!site) throw errors.siteNotFound();
    return site;
  }

  /** A supervisor must be staff, and supervision must not loop back (a cosigner above themselves). */
  async function checkSupervisor(tx: Db, staffId: string | undefined, supervisorId: string): Promise<void> {
    if (!(await q.findStaff(tx, supervisorId))) throw errors.unknownSupervisor('supervisorId');
    if (staffId && (supervisorId === staffId || (await q.supervisorChain(tx, supervisorId)).includes(staffId))) {
      throw errors.supervisorCycle('supervisorId');
    }
  }

  return {
    async getOrganization(ctx: RequestContext): Promise<q.OrganizationRow> {
      authorize(ctx, 'organization:read');
      const row = await q.getOrganization(db);
      if (!row) throw errors.organizationNotConfigured();
      return row;
    },

    async putOrganization(ctx: RequestContext, input: OrganizationInput): Promise<q.OrganizationRow> {
      authorize(ctx, 'organization:write');
      checkNpi(input.npi, 'npi');
      return db.transaction(async (tx) => {
        const existed = await q.getOrganization(tx);
        const row = await q.upsertOrganization(tx, {
          ...input,
          taxId: input.taxId.replace('-', ''),
          phone: input.phone.replace(/\D/g, '').slice(-10),
          updatedAt: clock.now(),
        });
        await audit.record(tx, ctx, {
          action: existed ? 'update' : 'create',
          category: 'organization',
          entityId: String(row.id),
        });
        return row;
      });
    },

    async createSite(ctx: RequestContext, input: SiteInput): Promise<{ id: string }> {
      authorize(ctx, 'organization:write');
      const timeZone = checkTimeZone(input.timeZone, 'timeZone');
      const id = newId();
      await db.transaction(async (tx) => {
        await q.insertSite(tx, { id, ...input, timeZone });
        await audit.record(tx, ctx, { action: 'create', category: 'site', entityId: id });
      });
      return { id };
    },

    async listSites(ctx: RequestContext, options: ListOptions) {
      authorize(ctx, 'organization:read');
      const w = window(options);
      return page.of(await q.listSites(db, w), w.limit, w.offset);
    },

    async getSite(ctx: RequestContext, id: string): Promise<q.SiteRow> {
      authorize(ctx, 'organization:read');
      return requireSite(db, id);
    },

    async updateSite(ctx: RequestContext, id: string, patch: SitePatch): Promise<q.SiteRow> {
      authorize(ctx, 'organization:write');
      const timeZone = patch.timeZone === undefined ? undefined : checkTimeZone(patch.timeZone, 'timeZone');
      return db.transaction(async (tx) => {
        const row = await q.updateSite(tx, id, { ...patch, timeZone });
        if (!row) throw errors.siteNotFound();
        await audit.record(tx, ctx, {
          action: 'update',
          category: 'site',
          entityId: id,
          details: { fields: Object.keys(patch) },
        });
        return row;
      });
    },

    async createRoom(ctx: RequestContext, input: RoomInput): Promise<{ id: string }> {
      authorize(ctx, 'organization:write');
      const id = newId();
      await db.transaction(async (tx) => {
        const site = await q.findSite(tx, input.siteId);
        if (!site) throw errors.unknownSite('siteId');
        if (!site.active) throw errors.inactiveSite('siteId');
        await q.insertRoom(tx, { id, ...input });
        await audit.record(tx, ctx, { action: 'create', category: 'room', entityId: id });
      });
      return { id };
    },

    async listRooms(ctx: RequestContext, options: ListOptions & { siteId?: string | undefined }) {
      authorize(ctx, 'organization:read');
      const w = window(options);
      return page.of(await q.listRooms(db, { siteId: options.siteId }, w), w.limit, w.offset);
    },

    async getRoom(ctx: RequestContext, id: string): Promise<q.RoomRow> {
      authorize(ctx, 'organization:read');
      const room = await q.findRoom(db, id);
      if (!room) throw errors.roomNotFound();
      return room;
    },

    async updateRoom(ctx: RequestContext, id: string, patch: RoomPatch): Promise<q.RoomRow> {
      authorize(ctx, 'organization:write');
      return db.transaction(async (tx) => {
        const row = await q.updateRoom(tx, id, patch);
        if (!row) throw errors.roomNotFound();
        await audit.record(tx, ctx, {
          action: 'update',
          category: 'room',
          entityId: id,
          details: { fields: Object.keys(patch) },
        });
        return row;
      });
    },

    /** The login and the staff profile are created together or not at all (staff.id = users.id). */
    async createStaff(ctx: RequestContext, input: StaffInput): Promise<{ id: string; temporaryPassword?: string }> {
      authorize(ctx, 'staff:write');
      checkNpi(input.npi, 'npi');
      const temporaryPassword =
        input.password === undefined ? newSecret().slice(0, TEMPORARY_PASSWORD_LENGTH) : undefined;
      const id = await db.transaction(async (tx) => {
        if (input.supervisorId) await checkSupervisor(tx, undefined, input.supervisorId);
        const userId = await identity.createUser(tx, ctx, {
          name: input.name,
          email: input.email,
          roles: input.roles,
          password: input.password ?? temporaryPassword!,
        });
        await q.insertStaff(tx, {
          id: userId,
          credentials: input.credentials ?? null,
          npi: input.npi ?? null,
          taxonomy: input.taxonomy ?? null,
          supervisorId: input.supervisorId ?? null,
        });
        await audit.record(tx, ctx, { action: 'create', category: 'staff', entityId: userId });
        return userId;
      });
      return temporaryPassword ? { id, temporaryPassword } : { id };
    },

    async listStaff(
      ctx: RequestContext,
      options: ListOptions & { role?: string | undefined; active?: boolean | undefined },
    ) {
      authorize(ctx, 'staff:read');
      const w = window(options);
      return page.of(await q.listStaff(db, { role: options.role, active: options.active }, w), w.limit, w.offset);
    },

    async getStaff(ctx: RequestContext, id: string): Promise<q.StaffRecord> {
      authorize(ctx, 'staff:read');
      const found = await q.findStaff(db, id);
      if (!found) throw errors.staffNotFound();
      return found;
    },

    async updateStaff(ctx: RequestContext, id: string, patch: StaffPatch): Promise<q.StaffRecord> {
      authorize(ctx, 'staff:write');
      checkNpi(patch.npi, 'npi');
      // An administrator locking themselves out would leave nobody to undo it.
      if (patch.active === false && ctx.actor?.userId === id) throw errors.cannotDeactivateSelf('active');
      const { roles, active, ...profile } = patch;
      return db.transaction(async (tx) => {
        if (!(await q.findStaff(tx, id))) throw errors.staffNotFound();
        if (profile.supervisorId) {
          // Two concurrent changes could each pass the cycle check and close a loop together.
          await q.lockSupervision(tx);
          await checkSupervisor(tx, id, profile.supervisorId);
        }
        await q.updateStaff(tx, id, profile);
        if (roles !== undefined || active !== undefined) {
          await identity.updateUserAccess(tx, ctx, id, { roles, active });
        }
        await audit.record(tx, ctx, {
          action: 'update',
          category: 'staff',
          entityId: id,
          details: { fields: Object.keys(patch) },
        });
        return (await q.findStaff(tx, id))!;
      });
    },
  };
}
