import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/** A mutation that refreshes every query under `invalidate` once it succeeds. */
export function useInvalidatingMutation<V, R>(
  invalidate: QueryKey | QueryKey[],
  mutationFn: (variables: V) => Promise<R>,
) {
  const client = useQueryClient();
  const keys: QueryKey[] = Array.isArray(invalidate[0]) ? (invalidate as QueryKey[]) : [invalidate as QueryKey];
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}
