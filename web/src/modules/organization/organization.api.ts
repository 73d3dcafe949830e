import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/errors';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';
import { useAllItems, usePagedQuery } from '../../ui/paged-query';

export type Organization = ResponseOf<'/api/organization'>;
export type OrganizationBody = BodyOf<'/api/organization', 'put'>;
export type Site = ItemOf<'/api/sites'>;
export type SiteBody = BodyOf<'/api/sites', 'post'>;
export type Room = ItemOf<'/api/rooms'>;
export type RoomBody = BodyOf<'/api/rooms', 'post'>;
export type Staff = ItemOf<'/api/staff'>;
export type StaffBody = BodyOf<'/api/staff', 'post'>;

const PAGE = 50;
const ALL = 200;

export const organizationKeys = {
  organization: ['organization'] as const,
  sites: ['sites'] as const,
  rooms: ['rooms'] as const,
  staff: ['staff'] as const,
};

/** The organization, or null before it has been set up (404 organization.not_configured). */
export const useOrganization = () =>
  useQuery({
    queryKey: organizationKeys.organization,
    queryFn: () =>
      unwrap(api.GET('/api/organization')).catch((e: unknown) => {
        if (isApiError(e) && e.status === 404) return null;
        throw e;
      }),
  });

export function useSaveOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationBody) => unwrap(api.PUT('/api/organization', { body })),
    onSuccess: (saved) => client.setQueryData(organizationKeys.organization, saved),
  });
}

const fetchSites = (limit: number) => (cursor: string | undefined) =>
  unwrap(api.GET('/api/sites', { params: { query: { limit, cursor } } }));

export const useSitesPage = () => usePagedQuery([...organizationKeys.sites, 'page'], fetchSites(PAGE));
export const useAllSites = () => useAllItems([...organizationKeys.sites, 'all'], fetchSites(ALL));

const fetchRooms = (limit: number, siteId: string | null) => (cursor: string | undefined) =>
  unwrap(api.GET('/api/rooms', { params: { query: { limit, cursor, ...(siteId ? { siteId } : {}) } } }));

export const useRoomsPage = (siteId: string | null) =>
  usePagedQuery([...organizationKeys.rooms, 'page', siteId], fetchRooms(PAGE, siteId));
export const useAllRooms = () => useAllItems([...organizationKeys.rooms, 'all'], fetchRooms(ALL, null));

const fetchStaff = (limit: number) => (cursor: string | undefined) =>
  unwrap(api.GET('/api/staff', { params: { query: { limit, cursor } } }));

export const useStaffPage = () => usePagedQuery([...organizationKeys.staff, 'page'], fetchStaff(PAGE));
export const useAllStaff = () => useAllItems([...organizationKeys.staff, 'all'], fetchStaff(ALL));

export const useCreateSite = () =>
  useInvalidatingMutation(organizationKeys.sites, (body: SiteBody) => unwrap(api.POST('/api/sites', { body })));
export const useCreateRoom = () =>
  useInvalidatingMutation(organizationKeys.rooms, (body: RoomBody) => unwrap(api.POST('/api/rooms', { body })));
export const useCreateStaff = () =>
  useInvalidatingMutation(organizationKeys.staff, (body: StaffBody) => unwrap(api.POST('/api/staff', { body })));
