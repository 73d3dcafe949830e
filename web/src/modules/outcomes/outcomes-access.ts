// Who sees the Measures tab and who may record. The server grants outcomes:read to the roles that read
// notes and outcomes:write to those that keep episodes (server/src/modules/identity/permissions.ts);
// app/access.ts has no outcomes capabilities of its own yet, so these name the matching ones.
import type { Capability } from '../../app/access';

export const VIEW_OUTCOMES: Capability = 'viewNotes';
export const RECORD_OUTCOMES: Capability = 'editEpisodes';
