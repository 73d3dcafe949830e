import { api, unwrap } from '../../api/client';
import type { ItemOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';
import { usePagedQuery } from '../../ui/paged-query';

export type Task = ItemOf<'/api/tasks'>;
export type TaskStatus = 'open' | 'done';

const TASKS = ['tasks'] as const;

export const useTasks = (status: TaskStatus) =>
  usePagedQuery([...TASKS, status], (cursor) =>
    unwrap(api.GET('/api/tasks', { params: { query: { status, cursor, limit: 50 } } })),
  );

export const useCompleteTask = () =>
  useInvalidatingMutation(TASKS, (id: string) =>
    unwrap(api.POST('/api/tasks/{id}/complete', { params: { path: { id } } })),
  );
