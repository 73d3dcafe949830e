// The API client reports session-level answers here; the auth provider listens and reacts
// (clear the cache, go to the login page). Kept apart so the client does not import React.

export type SessionEvent = 'ended' | 'mfa-enrollment-required';
type Listener = (event: SessionEvent) => void;

const listeners = new Set<Listener>();

export const sessionEvents = {
  emit(event: SessionEvent): void {
    for (const listener of listeners) listener(event);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
