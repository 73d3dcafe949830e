// What group notes and documents share: the signature block, co-signing and addenda
// (DESIGN §3.7: signed clinical documents are immutable; changes are addenda).
import type { Audit } from '../../kernel/audit/index.ts';
import type { RequestContext } from '../../kernel/http/index.ts';
import type { Db } from '../../kernel/db/index.ts';
import { newId } from '../../kernel/ids.ts';
import { notesErrors as errors } from './notes.errors.ts';
import * as q from './notes.queries.ts';
import type { Signature } from './notes.tables.ts';

export const CATEGORY = 'note';

export function actorId(ctx: RequestContext): string {
  // Routes declare notes permissions, which only logged-in users hold.
  return ctx.actor!.userId;
}

/** Who signs, with the name and credentials they hold now: a signature must not change later. */
export async function signatureOf(tx: Db, staffId: string, at: Date): Promise<Signature> {
  const signer = await q.signerOf(tx, staffId);
  if (!signer) throw errors.notFacilitator();
  return { staffId, name: signer.name, credentials: signer.credentials, at: at.toISOString() };
}

/**
 * The supervisor co-signs without becoming the author of record: the signature stays the
 * signer's. `supervisors` are the staff who may: the signer's supervisor and any given here.
 */
export async function cosign(
  tx: Db,
  ctx: RequestContext,
  audit: Audit,
  note: q.NoteRow,
  extraSupervisors: readonly string[],
  subjects: readonly string[],
  at: Date,
): Promise<q.NoteRow> {
  if (note.status === 'draft') throw errors.notSigned();
  if (note.status === 'cosigned') throw errors.alreadyCosigned();
  const me = actorId(ctx);
  const signer = await q.signerOf(tx, note.signature!.staffId);
  const allowed = new Set([...extraSupervisors, ...(signer?.supervisorId ? [signer.supervisorId] : [])]);
  if (me === note.signature!.staffId || !allowed.has(me)) throw errors.notSupervisor();
  const updated = await q.updateNote(tx, note.id, { status: 'cosigned', cosignature: await signatureOf(tx, me, at) });
  await audit.record(tx, ctx, ...subjects.map((patientId) => noteEvent('update', note, patientId, { cosigned: true })));
  return updated;
}

export async function addAddendum(
  tx: Db,
  ctx: RequestContext,
  audit: Audit,
  note: q.NoteRow,
  text: string,
  subjects: readonly string[],
  at: Date,
): Promise<q.AddendumRow> {
  if (note.status === 'draft') throw errors.notSigned();
  const saved = await q.insertAddendum(tx, {
    id: newId(),
    noteId: note.id,
    text,
    author: await signatureOf(tx, actorId(ctx), at),
    createdAt: at,
  });
  await audit.record(
    tx,
    ctx,
    ...subjects.map((patientId) => noteEvent('create', note, patientId, { addendum: saved.id })),
  );
  return saved;
}

export const noteEvent = (
  action: 'create' | 'read' | 'update',
  note: { id: string; kind: string },
  patientId: string,
  details: Record<string, unknown> = {},
) => ({ action, category: CATEGORY, patientId, entityId: note.id, details: { kind: note.kind, ...details } });

/** `If-Match: "3"` or `W/"3"` or a body `version`: the version the writer last saw. */
export function expectedVersion(ifMatch: string | undefined, bodyVersion: number | undefined): number | undefined {
  const fromHeader = ifMatch?.match(/^(?:W\/)?"?(\d+)"?$/)?.[1];
  return fromHeader !== undefined ? Number(fromHeader) : bodyVersion;
}

export function assertVersion(note: q.NoteRow, expected: number | undefined): void {
  if (expected !== undefined && expected !== note.version) throw errors.versionConflict(note.version);
}
