// The group note of one session: a shared narrative plus one entry per present member, drafted by
// any facilitator, signed by the lead once complete, individualized and naming nobody else, then
// co-signed by a supervisor. Signing confirms the session's attendance in the same transaction.
import type { Audit } from '../../kernel/audit/index.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/index.ts';
import { can, type ErrorDetail, type RequestContext } from '../../kernel/http/index.ts';
import { newId } from '../../kernel/ids.ts';
import { expectedRosters } from '../scheduling/index.ts';
import { notesErrors as errors } from './notes.errors.ts';
import * as q from './notes.queries.ts';
import type { GroupNoteBody } from './notes.schemas.ts';
import type { GroupNoteView } from './views.ts';
import { NARRATIVE_FIELDS, narrativeOf, type Narrative } from './narrative.ts';
import { mentionsOfOthers } from './privacy.ts';
import { individualization } from './similarity.ts';
import { actorId, addAddendum, assertVersion, cosign, expectedVersion, noteEvent, signatureOf } from './signing.ts';

const ATTENDING = new Set(['present', 'late', 'left_early']);
/** How many of a member's earlier entries a new one is compared with. */
const PREVIOUS_ENTRIES = 3;

export interface GroupNoteDeps {
  db: Db;
  clock: Clock;
  audit: Audit;
  /** Jaccard index of word 3-shingles at which two entries count as copies. */
  similarityLimit: number;
  dueHours: number;
}

interface Context {
  session: q.SessionRow & { groupName: string | null };
  facilitators: { staffId: string; role: string }[];
  members: q.MemberRow[];
}

const entryText = (e: Pick<q.EntryRow, 'participation' | 'response' | 'plan'>) =>
  [e.participation, e.response, e.plan].join('\n');

export type GroupNotesService = ReturnType<typeof createGroupNotesService>;

export function createGroupNotesService({ db, clock, audit, similarityLimit, dueHours }: GroupNoteDeps) {
  const dueAfter = (session: q.SessionRow) => new Date(session.endsAt.getTime() + dueHours * 3_600_000);

  async function load(tx: Db, sessionId: string, { lock = false } = {}): Promise<Context> {
    const session = await q.findSession(tx, sessionId, { lock });
    if (!session) throw errors.sessionNotFound();
    if (!session.groupId) throw errors.notGroupSession();
    const roster = (await expectedRosters(tx, [sessionId])).get(sessionId) ?? [];
    return {
      session,
      facilitators: await q.facilitators(tx, sessionId),
      members: await q.members(
        tx,
        sessionId,
        roster.map((m) => m.patientId),
      ),
    };
  }

  /** Facilitators write the note; reviewers (program directors) may read every group note. */
  function assertFacilitator(ctx: RequestContext, c: Context, { reading = false } = {}): void {
    if (c.facilitators.some((f) => f.staffId === actorId(ctx))) return;
    if (reading && can(ctx, 'notes:review')) return;
    throw errors.notFacilitator();
  }

  async function view(tx: Db, c: Context, note: q.NoteRow | null): Promise<GroupNoteView> {
    const entries = note ? await q.entries(tx, note.id) : [];
    const byPatient = new Map(c.members.map((m) => [m.patientId, m]));
    const attending = c.members.filter((m) => m.status !== null && ATTENDING.has(m.status));
    const previous = await q.previousEntries(
      tx,
      [...new Set([...attending.map((m) => m.patientId), ...entries.map((e) => e.patientId)])],
      note?.id ?? null,
      PREVIOUS_ENTRIES,
    );
    const previousByPatient = new Map<string, { noteId: string; text: string }[]>();
    for (const p of previous)
      previousByPatient.set(p.patientId, [
        ...(previousByPatient.get(p.patientId) ?? []),
        { noteId: p.noteId, text: entryText(p) },
      ]);
    const scored = individualization(
      entries.map((e) => {
        const m = byPatient.get(e.patientId);
        return { patientId: e.patientId, text: entryText(e), ownNames: m ? [m.givenName, m.familyName] : [] };
      }),
      previousByPatient,
      similarityLimit,
    );
    const narrative = narrativeOf(note?.content);
    const mentions = [
      ...NARRATIVE_FIELDS.flatMap((f) => mentionsOfOthers(narrative[f], f, c.members, null)),
      ...entries.flatMap((e) =>
        (['participation', 'response', 'plan', 'risk'] as const).flatMap((f) =>
          mentionsOfOthers(e[f] ?? '', `entries.${e.patientId}.${f}`, c.members, e.patientId),
        ),
      ),
    ];
    return {
      note,
      session: c.session,
      members: c.members.map((m) => ({
        ...m,
        entryRequired: m.status !== null && ATTENDING.has(m.status),
        goalOptions: [...new Set(previous.filter((p) => p.patientId === m.patientId).flatMap((p) => p.goalsAddressed))],
      })),
      entries,
      individualization: scored,
      mentions,
      addenda: note ? await q.addenda(tx, [note.id]) : [],
      dueAt: note?.dueAt ?? dueAfter(c.session),
    };
  }

  /** What signing requires, in the order a clinician fixes it: attendance, completeness, privacy, copies. */
  function signingProblems(v: GroupNoteView): never | void {
    const unrecorded = v.members.filter((m) => m.status === null);
    if (unrecorded.length > 0)
      throw errors.attendanceIncomplete(
        unrecorded.map((m) => ({ path: `members.${m.patientId}`, message: `no attendance for ${m.givenName}` })),
      );
    const narrative = narrativeOf(v.note?.content);
    const missing: ErrorDetail[] = narrative.narrative.trim()
      ? []
      : [{ path: 'narrative', message: 'the shared narrative is empty' }];
    const byPatient = new Map(v.entries.map((e) => [e.patientId, e]));
    for (const m of v.members.filter((m) => m.entryRequired)) {
      const entry = byPatient.get(m.patientId);
      if (!entry) missing.push({ path: `entries.${m.patientId}`, message: `no entry for ${m.givenName}` });
      else
        for (const f of ['participation', 'response', 'plan'] as const)
          if (!entry[f].trim()) missing.push({ path: `entries.${m.patientId}.${f}`, message: 'empty' });
    }
    if (missing.length > 0) throw errors.incomplete(missing);
    if (v.mentions.length > 0)
      throw errors.namesOtherMember(
        v.mentions.map((m) => ({ path: m.path, message: `names another member: "${m.text}" at ${m.start}–${m.end}` })),
      );
    const givenName = new Map(v.members.map((m) => [m.patientId, m.givenName]));
    const findings = v.individualization.findings;
    if (findings.length > 0)
      throw errors.notIndividualized(
        findings.map((f) =>
          f.kind === 'within_session'
            ? {
                path: `entries.${f.patientIds[0]}`,
                message: `near-copy of ${givenName.get(f.patientIds[1])}'s entry (entries.${f.patientIds[1]}, similarity ${f.similarity})`,
              }
            : {
                path: `entries.${f.patientIds[0]}`,
                message: `near-copy of this member's entry in note ${f.previousNoteId} (similarity ${f.similarity})`,
              },
        ),
      );
  }

  const memberEvents = (
    action: 'read' | 'update',
    note: { id: string; kind: string },
    ids: Iterable<string>,
    details = {},
  ) => [...ids].map((patientId) => noteEvent(action, note, patientId, details));

  return {
    async get(ctx: RequestContext, sessionId: string): Promise<GroupNoteView> {
      return db.transaction(async (tx) => {
        const c = await load(tx, sessionId);
        assertFacilitator(ctx, c, { reading: true });
        const v = await view(tx, c, (await q.findGroupNote(tx, sessionId)) ?? null);
        await audit.record(
          tx,
          ctx,
          ...memberEvents(
            'read',
            { id: v.note?.id ?? sessionId, kind: 'group' },
            c.members.map((m) => m.patientId),
          ),
        );
        return v;
      });
    },

    /** Saves the draft as sent (entries replace entries); a stale version is refused and nothing is lost. */
    async put(ctx: RequestContext, sessionId: string, body: GroupNoteBody, ifMatch?: string): Promise<GroupNoteView> {
      return db.transaction(async (tx) => {
        const c = await load(tx, sessionId);
        assertFacilitator(ctx, c);
        const now = clock.now();
        const expected = expectedVersion(ifMatch, body.version);
        const existing = await q.findGroupNote(tx, sessionId, { lock: true });
        const note =
          existing ??
          (await q.createGroupNote(tx, {
            id: newId(),
            kind: 'group',
            sessionId,
            content: {},
            version: 0,
            dueAt: dueAfter(c.session),
            createdAt: now,
            updatedAt: now,
          }));
        if (note.status !== 'draft') throw errors.locked();
        if (existing) assertVersion(note, expected);
        const byPatient = new Map(c.members.map((m) => [m.patientId, m]));
        const seen = new Set<string>();
        const rows: q.EntryRow[] = body.entries.map((e, i) => {
          const path = `entries.${i}.patientId`;
          const member = byPatient.get(e.patientId);
          if (!member) throw errors.notOnRoster(path);
          if (member.status !== null && !ATTENDING.has(member.status)) throw errors.entryForAbsent(path);
          if (seen.has(e.patientId)) throw errors.duplicatePatient(path);
          seen.add(e.patientId);
          const goals = typeof e.goalsAddressed === 'string' ? [e.goalsAddressed] : (e.goalsAddressed ?? []);
          return {
            noteId: note.id,
            patientId: e.patientId,
            goalsAddressed: goals.map((g) => g.trim()).filter(Boolean),
            participation: e.participation ?? '',
            response: e.response ?? '',
            plan: e.plan ?? '',
            risk: e.risk ?? null,
          };
        });
        await q.replaceEntries(tx, note.id, rows);
        const content: Narrative = {
          topic: body.topic ?? '',
          interventions: body.interventions ?? '',
          materials: body.materials ?? '',
          narrative: body.narrative,
        };
        const saved = await q.updateNote(tx, note.id, {
          content,
          version: note.version + 1,
          updatedAt: now,
          updatedBy: actorId(ctx),
        });
        await audit.record(tx, ctx, ...memberEvents('update', saved, seen, { version: saved.version }));
        return view(tx, c, saved);
      });
    },

    async sign(ctx: RequestContext, sessionId: string): Promise<GroupNoteView> {
      return db.transaction(async (tx) => {
        const c = await load(tx, sessionId, { lock: true });
        assertFacilitator(ctx, c);
        if (!c.facilitators.some((f) => f.staffId === actorId(ctx) && f.role === 'lead')) throw errors.notLead();
        const note = await q.findGroupNote(tx, sessionId, { lock: true });
        if (!note) throw errors.incomplete([{ path: 'narrative', message: 'nothing written yet' }]);
        if (note.status !== 'draft') throw errors.locked();
        const checked = await view(tx, c, note);
        signingProblems(checked);
        const now = clock.now();
        const signed = await q.updateNote(tx, note.id, {
          status: 'signed',
          authorId: actorId(ctx),
          signature: await signatureOf(tx, actorId(ctx), now),
          updatedAt: now,
          updatedBy: actorId(ctx),
        });
        await q.confirmAttendance(tx, sessionId, now);
        await audit.record(
          tx,
          ctx,
          ...memberEvents(
            'update',
            signed,
            c.members.map((m) => m.patientId),
            { signed: true },
          ),
        );
        // Entries, earlier entries and addenda cannot have changed under the lock: no second read.
        return { ...checked, note: signed };
      });
    },

    async cosign(ctx: RequestContext, sessionId: string): Promise<GroupNoteView> {
      return db.transaction(async (tx) => {
        const c = await load(tx, sessionId);
        const note = await q.findGroupNote(tx, sessionId, { lock: true });
        if (!note) throw errors.notSigned();
        const supervisors = c.facilitators.filter((f) => f.role === 'supervisor').map((f) => f.staffId);
        const entries = await q.entries(tx, note.id);
        const updated = await cosign(
          tx,
          ctx,
          audit,
          note,
          supervisors,
          entries.map((e) => e.patientId),
          clock.now(),
        );
        return view(tx, c, updated);
      });
    },

    async addAddendum(ctx: RequestContext, sessionId: string, text: string): Promise<q.AddendumRow> {
      return db.transaction(async (tx) => {
        const c = await load(tx, sessionId);
        assertFacilitator(ctx, c);
        const note = await q.findGroupNote(tx, sessionId, { lock: true });
        if (!note) throw errors.notSigned();
        const entries = await q.entries(tx, note.id);
        return addAddendum(
          tx,
          ctx,
          audit,
          note,
          text,
          entries.map((e) => e.patientId),
          clock.now(),
        );
      });
    },
  };
}
