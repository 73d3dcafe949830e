// Server validation answers carry details[].path ("npi", "address.city", "diagnoses.0.code"); forms
// whose values mirror the request body get those messages on the matching fields.
import type { ReactNode } from 'react';
import { isApiError } from '../api/errors';

export interface FormWithErrors {
  getValues: () => object;
  setFieldError: (path: string, error: ReactNode) => void;
}

/** "body.address.city", "/address/city" and "address.city" all name the field "address.city". */
export const fieldPath = (path: string): string =>
  path
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/^body\./, '');

function hasPath(values: object, path: string): boolean {
  let current: unknown = values;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null || !(segment in current)) return false;
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * Puts each server error detail on its form field. `aliases` maps server paths to differently named
 * fields. Returns true when at least one field got a message.
 */
export function applyServerErrors(form: FormWithErrors, error: unknown, aliases: Record<string, string> = {}): boolean {
  if (!isApiError(error)) return false;
  const values = form.getValues();
  // A rule broken on one field (422 organization.invalid_npi) reads best with the full message.
  const useFullMessage = error.status === 422 && error.details.length === 1;
  let applied = false;
  for (const detail of error.details) {
    const path = aliases[fieldPath(detail.path)] ?? fieldPath(detail.path);
    if (!hasPath(values, path)) continue;
    form.setFieldError(path, useFullMessage || !detail.message ? error.message : capitalize(detail.message));
    applied = true;
  }
  return applied;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
