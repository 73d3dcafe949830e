import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';
import { useAllItems, usePagedQuery } from '../../ui/paged-query';

export type Payer = ItemOf<'/api/payers'>;
export type PayerDetail = ResponseOf<'/api/payers/{id}'>;
export type PayerBody = BodyOf<'/api/payers', 'post'>;
export type PayerTemplate = PayerBody['template'];

const payerKeys = { all: ['payers'] as const };

const fetchPayers = (limit: number) => (cursor: string | undefined) =>
  unwrap(api.GET('/api/payers', { params: { query: { limit, cursor } } }));

export const usePayersPage = () => usePagedQuery([...payerKeys.all, 'page'], fetchPayers(50));
export const useAllPayers = () => useAllItems([...payerKeys.all, 'all'], fetchPayers(200));

export const usePayer = (id: string) =>
  useQuery({
    queryKey: [...payerKeys.all, 'detail', id],
    queryFn: () => unwrap(api.GET('/api/payers/{id}', { params: { path: { id } } })),
  });

export const useCreatePayer = () =>
  useInvalidatingMutation(payerKeys.all, (body: PayerBody) => unwrap(api.POST('/api/payers', { body })));
