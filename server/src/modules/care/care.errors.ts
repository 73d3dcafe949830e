// This module's stable error codes (DESIGN §3.6): the code is the contract, the message is for people.
import { conflict, notFound } from '../../kernel/http/index.ts';

export const careErrors = {
  // Also for a task addressed to none of the caller's roles: its existence is not theirs to know.
  taskNotFound: () => notFound('care.task_not_found', 'No such task.'),
  taskDone: () => conflict('care.task_done', 'The task is already done.'),
};
