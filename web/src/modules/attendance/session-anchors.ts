// Parts of the session page that links point at: the claim preview's fixes on the page itself, and
// links from elsewhere (the billing worklist) as `/sessions/{id}#group-note`.

/** The ids SessionPage gives its parts (each wrapper takes tabIndex -1, so it can hold the focus). */
export const SESSION_ANCHORS = { attendance: 'attendance', groupNote: 'group-note' } as const;
export type SessionAnchor = (typeof SESSION_ANCHORS)[keyof typeof SESSION_ANCHORS];

/** Scrolls to a part of the page and moves the keyboard focus there; false when it is not on the page. */
export function goToPart(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}
