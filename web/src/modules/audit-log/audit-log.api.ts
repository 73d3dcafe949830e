import { api, unwrap } from '../../api/client';
import type { ItemOf, QueryOf } from '../../api/paths';
import { usePagedQuery } from '../../ui/paged-query';

export type AuditEvent = ItemOf<'/api/audit-events'>;
export type AuditFilters = Omit<QueryOf<'/api/audit-events'>, 'limit' | 'cursor'>;

export const useAuditEvents = (filters: AuditFilters) =>
  usePagedQuery(['audit-events', filters], (cursor) =>
    unwrap(api.GET('/api/audit-events', { params: { query: { ...filters, cursor, limit: 100 } } })),
  );
