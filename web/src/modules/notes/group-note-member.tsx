import { Badge, Group, Paper, SimpleGrid, Stack, TagsInput, Text, Textarea, Title } from '@mantine/core';
import type { SectionText } from './document-changes';
import { entryKey, goalsOf, type EntryField } from './group-note-draft';
import type { GroupNote, NoteMember } from './group-note.api';
import { MentionNotice } from './group-note-mentions';

const ATTENDANCE_LABELS: Record<string, string> = {
  present: 'Present',
  late: 'Late',
  left_early: 'Left early',
  absent_excused: 'Absent (excused)',
  absent_unexcused: 'Absent (unexcused)',
};

const FIELDS: { field: EntryField; label: string; placeholder: string }[] = [
  { field: 'participation', label: 'Participation', placeholder: 'How this member took part today' },
  {
    field: 'response',
    label: 'Response to interventions',
    placeholder: 'What changed for this member, in their words',
  },
  { field: 'plan', label: 'Plan', placeholder: 'This member’s next step' },
  { field: 'risk', label: 'Risk observations', placeholder: 'Leave empty when none were observed' },
];

interface MemberEntryProps {
  member: NoteMember;
  note: GroupNote;
  text: SectionText;
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (key: string, value: string) => void;
}

/** One attending member's own entry: goals chosen or typed, then four short texts, with its score. */
export function MemberEntry({ member, note, text, errors, readOnly, onChange }: MemberEntryProps) {
  const name = `${member.givenName} ${member.familyName}`;
  const score = note.individualization.entries.find((e) => e.patientId === member.patientId)?.score;
  const low = score !== undefined && score <= note.individualization.minimumScore;
  const headingId = `entry-${member.patientId}`;
  const problem = errors[member.patientId];
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="sm"
      radius="md"
      style={problem ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Title order={3} size="h5" id={headingId}>
              {name}
            </Title>
            <Badge variant="light" color="gray" c="dark.7" tt="none">
              {ATTENDANCE_LABELS[member.attendanceStatus ?? ''] ?? 'Attendance not recorded'}
            </Badge>
          </Group>
          {score !== undefined && (
            <Badge
              tt="none"
              color={low ? 'red.8' : 'teal'}
              variant={low ? 'filled' : 'light'}
              c={low ? undefined : 'teal.9'}
              aria-label={`Individualization ${score} of 100${low ? ', too close to another entry' : ''}`}
            >
              Individualization {score}
            </Badge>
          )}
        </Group>
        {problem && (
          <Text size="sm" c="red.8" role="alert">
            {problem}
          </Text>
        )}
        <TagsInput
          label="Goals addressed"
          description={
            member.goalOptions.length > 0
              ? 'Choose from this member’s goals or type a new one'
              : 'Type a goal and press Enter'
          }
          data={member.goalOptions}
          value={goalsOf(text, member.patientId)}
          onChange={(goals) => onChange(entryKey(member.patientId, 'goalsAddressed'), goals.join('\n'))}
          readOnly={readOnly}
          clearable={!readOnly}
          maxTags={20}
          comboboxProps={{ withinPortal: true }}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
          {FIELDS.map(({ field, label, placeholder }) => {
            const key = entryKey(member.patientId, field);
            return (
              <Stack key={field} gap={4}>
                <Textarea
                  label={label}
                  placeholder={readOnly ? undefined : placeholder}
                  autosize
                  minRows={2}
                  maxLength={20_000}
                  readOnly={readOnly}
                  required={field !== 'risk'}
                  value={text[key] ?? ''}
                  error={errors[key]}
                  onChange={(event) => onChange(key, event.currentTarget.value)}
                />
                <MentionNotice note={note} path={`entries.${key}`} text={text[key] ?? ''} />
              </Stack>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
