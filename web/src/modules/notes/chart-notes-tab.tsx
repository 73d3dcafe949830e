import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { EmptyState } from '../../ui/states';
import { AddendaList } from './document-addenda';
import { DocumentCreateMenu } from './document-create-menu';
import { formatWhen } from './document-format';
import { DocumentSections, LabelledTexts } from './document-sections';
import { NoteStatusBadge, SignatureLines } from './document-signature';
import { useChartNotes, useNoteTemplates, type ChartNote, type NoteTemplate } from './documents.api';

/** The chart's notes, newest first: signed group notes (this patient's part only) and documents. */
export function ChartNotesTab({ patientId }: { patientId: string }) {
  const notes = useChartNotes(patientId);
  const templates = useNoteTemplates();
  const canWrite = can(useRoles(), 'writeNotes');
  return (
    <Section title="Notes" actions={canWrite && <DocumentCreateMenu patientId={patientId} />}>
      <QueryView
        query={notes}
        errorTitle="Could not load the notes"
        isEmpty={(items) => items.length === 0}
        empty={
          <EmptyState
            title="No notes yet"
            description="Signed group notes of sessions this patient attended, and the patient's documents, appear here."
          />
        }
      >
        {(items) => (
          <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Chart notes">
            {items.map((note) => (
              <ChartNoteItem key={note.id} note={note} template={templates.data?.find((t) => t.kind === note.kind)} />
            ))}
          </Stack>
        )}
      </QueryView>
    </Section>
  );
}

function ChartNoteItem({ note, template }: { note: ChartNote; template: NoteTemplate | undefined }) {
  const group = note.kind === 'group';
  // A group note is dated by its session; a document by its session, else by its signature.
  const when = note.startsAt ?? note.signature?.at;
  const headingId = `note-${note.id}`;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h4" id={headingId}>
              {group ? (
                note.title
              ) : (
                <Anchor component={Link} to={`/notes/${note.id}`} inherit>
                  {note.title}
                </Anchor>
              )}
            </Title>
            <Text size="sm" c="dimmed">
              {group ? 'Group note' : 'Document'} · {when ? formatWhen(when) : 'not signed yet'}
            </Text>
          </Stack>
          <NoteStatusBadge status={note.status} />
        </Group>
        {group ? (
          <GroupNoteParts note={note} />
        ) : (
          <DocumentSections template={template} sections={note.sections ?? {}} />
        )}
        <SignatureLines signature={note.signature} cosignature={note.cosignature} />
        {note.addenda.length > 0 && (
          <Stack gap={4}>
            <Title order={4} size="h6">
              Addenda
            </Title>
            <AddendaList addenda={note.addenda} label={`Addenda to ${note.title}`} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The shared narrative beside this patient's own entry; the chart never carries other members' entries. */
function GroupNoteParts({ note }: { note: ChartNote }) {
  const shared = note.narrative;
  const entry = note.entry;
  const optional = (label: string, text: string | undefined) => (text?.trim() ? [{ label, text }] : []);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Stack gap={4}>
        <Title order={4} size="h6">
          The group session
        </Title>
        <LabelledTexts
          items={[
            ...optional('Topic', shared?.topic),
            ...optional('Interventions', shared?.interventions),
            ...optional('Materials', shared?.materials),
            { label: 'Narrative', text: shared?.narrative ?? '' },
          ]}
        />
      </Stack>
      <Stack gap={4}>
        <Title order={4} size="h6">
          This patient
        </Title>
        {entry ? (
          <LabelledTexts
            items={[
              { label: 'Goals addressed', text: entry.goalsAddressed.join('\n') },
              { label: 'Participation', text: entry.participation },
              { label: 'Response', text: entry.response },
              { label: 'Plan', text: entry.plan },
              // An empty risk field means none was observed (the entry schema's rule).
              { label: 'Risk', text: entry.risk?.trim() || 'None observed' },
            ]}
          />
        ) : (
          <Text size="sm">No entry for this patient.</Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}
