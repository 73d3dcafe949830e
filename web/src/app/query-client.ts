import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

// Memory only: nothing is persisted to browser storage (DESIGN §7), and the cache is cleared on
// logout and when the session ends.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Retrying a 4xx gives the same answer; a network blip or 5xx may pass on a second try.
      retry: (failures, error) => failures < 1 && !(isApiError(error) && error.status < 500),
    },
    mutations: { retry: false },
  },
});
