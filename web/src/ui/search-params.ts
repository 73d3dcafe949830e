import { useCallback, useRef } from 'react';
import { useSearchParams } from 'react-router';

type Changes = Record<string, string | null | undefined>;

/**
 * The address's query string as a screen's state, so a view can be bookmarked and shared: the current
 * values, and an update that sets several keys at once (an empty value removes its key) without
 * adding a history entry for each change. Changes may be computed from the address as the previous
 * update left it: React Router's setSearchParams starts from the values of the last render, so two
 * quick edits (a date typed in each of two fields) would otherwise undo one another.
 */
export function useSearchParamsState() {
  const [params, setParams] = useSearchParams();
  // What the address will hold once pending updates land; it follows the router only when the router's
  // values change (a navigation, Back), not on renders for other reasons that still show older values.
  const latest = useRef(params);
  const shown = useRef(params.toString());
  if (params.toString() !== shown.current) {
    shown.current = params.toString();
    latest.current = params;
  }
  const update = useCallback(
    (changes: Changes | ((current: URLSearchParams) => Changes)) => {
      const next = new URLSearchParams(latest.current);
      const resolved = typeof changes === 'function' ? changes(latest.current) : changes;
      for (const [key, value] of Object.entries(resolved)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      latest.current = next;
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [params, update] as const;
}
