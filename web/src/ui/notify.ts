import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/errors';
import { applyServerErrors, type FormWithErrors } from './form-errors';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', title: 'Saved', message });
}

export function notifyError(error: unknown, title = 'Not saved'): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });
}

/** A failed form submission: messages on the fields the server named, and a notice either way. */
export function notifyFormError(form: FormWithErrors, error: unknown, aliases?: Record<string, string>): void {
  const onFields = applyServerErrors(form, error, aliases);
  notifyError(error, onFields ? 'Check the highlighted fields' : 'Not saved');
}
