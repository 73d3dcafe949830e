import { Alert, Badge, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconDeviceFloppy, IconSignature } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/errors';
import { can } from '../../app/access';
import { useAuth, useRoles } from '../../app/auth/auth-context';
import { notifyError, notifySuccess } from '../../ui/notify';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { LoadingState } from '../../ui/states';
import type { SessionDetail } from '../scheduling/sessions.api';
import { changedSections, reapplyChanges, type SectionText } from './document-changes';
import { AddendaList } from './document-addenda';
import { NoteStatusBadge, SignatureLines } from './document-signature';
import { GroupNoteAddendum } from './group-note-addendum';
import { bodyOf, keyOfPath, textOf, writers } from './group-note-draft';
import { MentionNotice } from './group-note-mentions';
import { MemberEntry } from './group-note-member';
import {
  groupNoteKeys,
  useCosignGroupNote,
  useGroupNote,
  useSaveGroupNote,
  useSignGroupNote,
  type GroupNote,
} from './group-note.api';

/** Drafts save themselves this long after the last keystroke. */
const AUTOSAVE_MS = 1500;

/** The session's group note: the shared narrative on top, then one compact entry per attending member. */
export function GroupNoteSection({ session }: { session: SessionDetail }) {
  const note = useGroupNote(session.id);
  return (
    <QueryView query={note} errorTitle="Could not load the group note" loading={<LoadingState rows={6} />}>
      {(n) => <GroupNoteEditor session={session} initial={n} />}
    </QueryView>
  );
}

/** Problems to show beside each entry: copies found in the saved draft, then what signing refused. */
function entryProblems(note: GroupNote): Record<string, string> {
  const name = new Map(note.members.map((m) => [m.patientId, m.givenName]));
  const problems: Record<string, string> = {};
  for (const f of note.individualization.findings) {
    const [a, b] = f.patientIds as [string, string | undefined];
    if (b) {
      problems[a] = `Too close to ${name.get(b)}’s entry (similarity ${f.similarity}). Write about this member.`;
      problems[b] = `Too close to ${name.get(a)}’s entry (similarity ${f.similarity}). Write about this member.`;
    } else problems[a] = `Too close to this member’s entry in an earlier note (similarity ${f.similarity}).`;
  }
  return problems;
}

function GroupNoteEditor({ session, initial }: { session: SessionDetail; initial: GroupNote }) {
  const me = useAuth().user?.id;
  const myRole = session.facilitators.find((f) => f.staffId === me)?.role;
  const canWrite = can(useRoles(), 'writeNotes') && myRole !== undefined;
  const client = useQueryClient();
  const save = useSaveGroupNote(session.id);
  const sign = useSignGroupNote(session.id);
  const cosign = useCosignGroupNote(session.id);
  const [saved, setSaved] = useState(initial);
  const [text, setText] = useState<SectionText>(() => textOf(initial));
  const [signErrors, setSignErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);

  // A newer note from the server (attendance saved, a co-facilitator's save, a sign elsewhere): take
  // it, keeping this user's unsaved words on top.
  useEffect(() => {
    if (initial === saved || initial.version < saved.version) return;
    setText((mine) => reapplyChanges(textOf(saved), mine, textOf(initial)).sections);
    setSaved(initial);
    // Only a new server copy matters here, not every local save.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial]);

  const locked = saved.status !== 'draft';
  const readOnly = locked || !canWrite;
  const dirty = !readOnly && changedSections(textOf(saved), text).length > 0;

  async function saveDraft(): Promise<GroupNote | null> {
    setSaving(true);
    try {
      const next = await save(bodyOf(saved, text));
      setSaved(next);
      return next;
    } catch (error) {
      if (isApiError(error) && error.code === 'notes.version_conflict') setConflict(true);
      else notifyError(error);
      return null;
    } finally {
      setSaving(false);
    }
  }

  useEffect(() => {
    if (!dirty || saving || conflict) return;
    const timer = setTimeout(() => void saveDraft(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // saveDraft reads the latest text and version through this render's closure.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, dirty, saving, conflict]);

  const edit = (key: string, value: string) => {
    setText((all) => ({ ...all, [key]: value }));
    setSignErrors((all) => {
      const { [key]: _removed, ...rest } = all;
      return rest;
    });
  };

  /** Someone saved first: take their version and lay this user's own changes over it. */
  const keepMineOnLatest = async () => {
    const latest = await unwrap(api.GET('/api/sessions/{id}/note', { params: { path: { id: session.id } } }));
    client.setQueryData(groupNoteKeys.session(session.id), latest);
    const { sections, overwritten } = reapplyChanges(textOf(saved), text, textOf(latest));
    setSaved(latest);
    setText(sections);
    setConflict(false);
    if (overwritten.length > 0)
      notifyError(
        new Error(`${overwritten.length} field(s) edited by both of you now hold your text.`),
        'Check the merge',
      );
  };

  const signNote = async () => {
    if (dirty && !(await saveDraft())) return;
    sign.mutate(undefined, {
      onSuccess: (signed) => {
        setSaved(signed);
        setSignErrors({});
        notifySuccess('Group note signed.');
      },
      onError: (error) => {
        if (isApiError(error))
          setSignErrors(
            Object.fromEntries(
              error.details.map((d) => [keyOfPath(d.path), d.message.replace(/ \(entries\.[^,]+, /, ' (')]),
            ),
          );
        notifyError(error, 'Not signed');
      },
    });
  };

  const cosignNote = () =>
    cosign.mutate(undefined, {
      onSuccess: (n) => {
        setSaved(n);
        notifySuccess('Group note co-signed.');
      },
      onError: (error) => notifyError(error, 'Not co-signed'),
    });

  const errors = { ...entryProblems(saved), ...signErrors };
  const attending = writers(saved);
  const absent = saved.members.filter((m) => !attending.includes(m));
  const score = saved.individualization;
  const canCosign = saved.status === 'signed' && myRole === 'supervisor' && saved.signature?.staffId !== me;

  return (
    <Section
      title="Group note"
      actions={
        <>
          <NoteStatusBadge status={saved.status} />
          {attending.length > 0 && (
            <Badge
              tt="none"
              variant="light"
              color={score.findings.length > 0 ? 'red' : 'teal'}
              c={score.findings.length > 0 ? 'red.9' : 'teal.9'}
            >
              Individualization {score.score} · needs over {score.minimumScore}
            </Badge>
          )}
        </>
      }
    >
      <Stack gap="md">
        <SignatureLines signature={saved.signature} cosignature={saved.cosignature} />
        {!readOnly && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {saving
              ? 'Saving…'
              : dirty
                ? 'Unsaved changes'
                : saved.id
                  ? `Draft saved (version ${saved.version})`
                  : 'Not started'}
            {' · '}due {new Date(saved.dueAt).toLocaleString()}
          </Text>
        )}
        {conflict && (
          <Alert color="orange" title="A co-facilitator saved a newer version" role="alert">
            <Stack gap="xs">
              <Text size="sm">
                Your text is still here and nothing was lost. Load their version and keep your own changes on top.
              </Text>
              <Group>
                <Button size="xs" onClick={() => void keepMineOnLatest()}>
                  Load latest and keep my changes
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Stack gap="xs">
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label="Topic"
              value={text.topic ?? ''}
              readOnly={readOnly}
              maxLength={2000}
              onChange={(e) => edit('topic', e.currentTarget.value)}
            />
            <TextInput
              label="Materials"
              value={text.materials ?? ''}
              readOnly={readOnly}
              maxLength={2000}
              onChange={(e) => edit('materials', e.currentTarget.value)}
            />
          </Group>
          <Textarea
            label="Interventions"
            autosize
            minRows={2}
            value={text.interventions ?? ''}
            readOnly={readOnly}
            onChange={(e) => edit('interventions', e.currentTarget.value)}
          />
          <Textarea
            label="Shared narrative"
            description="What the group did together. Every member's chart shows it, so name no one."
            required
            autosize
            minRows={3}
            value={text.narrative ?? ''}
            readOnly={readOnly}
            error={errors.narrative}
            onChange={(e) => edit('narrative', e.currentTarget.value)}
          />
          {(['topic', 'materials', 'interventions', 'narrative'] as const).map((f) => (
            <MentionNotice key={f} note={saved} path={f} text={text[f] ?? ''} />
          ))}
        </Stack>
        {attending.length === 0 ? (
          <Alert color="blue" variant="light" title="No entries yet">
            Entries appear for members recorded present, late or left early. Save the attendance first.
          </Alert>
        ) : (
          attending.map((m) => (
            <MemberEntry
              key={m.patientId}
              member={m}
              note={saved}
              text={text}
              errors={errors}
              readOnly={readOnly}
              onChange={edit}
            />
          ))
        )}
        {absent.length > 0 && (
          <Text size="sm" c="dimmed">
            No entry for {absent.map((m) => `${m.givenName} ${m.familyName}`).join(', ')} (not attending).
          </Text>
        )}
        {Object.entries(signErrors)
          .filter(([key]) => key.startsWith('members.'))
          .map(([key, message]) => (
            <Alert key={key} color="red" variant="light" title="Attendance missing">
              {message}
            </Alert>
          ))}
        <Group justify="flex-end" gap="sm">
          {!readOnly && (
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={!dirty || saving || conflict}
              onClick={() => void saveDraft()}
            >
              Save draft
            </Button>
          )}
          {!locked && myRole === 'lead' && (
            <Button
              leftSection={<IconSignature size={16} />}
              loading={sign.isPending}
              disabled={conflict}
              onClick={() => void signNote()}
            >
              Sign note
            </Button>
          )}
          {canCosign && (
            <Button leftSection={<IconSignature size={16} />} loading={cosign.isPending} onClick={cosignNote}>
              Co-sign
            </Button>
          )}
        </Group>
        {locked && (
          <Stack gap="xs">
            <AddendaList addenda={saved.addenda} />
            {canWrite && <GroupNoteAddendum sessionId={session.id} onAdded={setSaved} />}
          </Stack>
        )}
      </Stack>
    </Section>
  );
}
