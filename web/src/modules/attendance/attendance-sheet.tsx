import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconChecks, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/errors';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { notifyError, notifySuccess } from '../../ui/notify';
import { Section } from '../../ui/section';
import { EmptyState } from '../../ui/states';
import type { SessionDetail } from '../scheduling/sessions.api';
import { useSaveAttendance, type AttendanceRecord } from './attendance.api';
import { attended } from './attendance-options';
import { AttendanceRowView } from './attendance-row';
import { buildRows, rowErrors, toRecords, type AttendanceRow, type RowErrors } from './attendance-rows';
import { DropInDialog } from './drop-in-dialog';

interface AttendanceSheetProps {
  session: SessionDetail;
  records: AttendanceRecord[];
  /** False for roles that may only read attendance, and before attendance opens. */
  editable: boolean;
}

/** The roster with one-tap statuses: mark everyone present, change the exceptions, save once. */
export function AttendanceSheet({ session, records, editable }: AttendanceSheetProps) {
  const [rows, setRows] = useState<AttendanceRow[]>(() => buildRows(session, records));
  const [errors, setErrors] = useState<RowErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const save = useSaveAttendance(session.id);
  const selfReport = can(useRoles(), 'startSelfReport') && editable;

  const update = (patientId: string, patch: Partial<AttendanceRow>) => {
    // Minutes are the server's: a changed row shows none until it is saved again.
    setRows((all) => all.map((r) => (r.patientId === patientId ? { ...r, ...patch, minutes: null } : r)));
    setDirty(true);
  };
  const markAllPresent = () => {
    setRows((all) => all.map((r) => (r.status === 'present' ? r : { ...r, status: 'present', minutes: null })));
    setDirty(true);
  };
  const addDropIn = (row: AttendanceRow) => {
    setRows((all) => [...all, row]);
    setDirty(true);
  };

  const toSend = toRecords(session, rows);
  const unmarked = rows.filter((r) => r.status === null).length;
  const submit = () => {
    const sent = toSend;
    setErrors({});
    setFailure(null);
    save.mutate(
      { records: sent },
      {
        onSuccess: (saved) => {
          const byPatient = new Map(saved.map((r) => [r.patientId, r]));
          setRows((all) =>
            all.map((r) => {
              const s = byPatient.get(r.patientId);
              return s ? { ...r, minutes: s.minutesAttended, dropInReason: s.dropInReason } : r;
            }),
          );
          setDirty(false);
          notifySuccess(`Attendance saved for ${saved.length} ${saved.length === 1 ? 'patient' : 'patients'}.`);
        },
        onError: (error) => {
          const found = rowErrors(error, sent);
          setErrors(found);
          setFailure(errorMessage(error));
          notifyError(error, Object.keys(found).length > 0 ? 'Check the highlighted rows' : 'Not saved');
        },
      },
    );
  };

  const present = rows.filter((r) => attended(r.status)).length;
  return (
    <Section
      title="Attendance"
      actions={
        editable && (
          <>
            <DropInDialog session={session} excluded={rows.map((r) => r.patientId)} onAdd={addDropIn} />
            <Button
              variant="default"
              size="sm"
              leftSection={<IconChecks size={16} aria-hidden />}
              onClick={markAllPresent}
              disabled={rows.length === 0}
            >
              Mark all present
            </Button>
          </>
        )
      }
    >
      {rows.length === 0 ? (
        <EmptyState
          title="Nobody is expected"
          description={editable ? 'Add a drop-in to record someone who came.' : 'No one was on the roster.'}
        />
      ) : (
        <Stack gap="sm">
          {failure && (
            <Alert color="red" variant="light" title="Attendance not saved">
              {failure}
            </Alert>
          )}
          <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Roster">
            {rows.map((row) => (
              <AttendanceRowView
                key={row.patientId}
                row={row}
                errors={errors[row.patientId]}
                readOnly={!editable}
                // Once the check-in is saved: the kiosk is handed over to someone who is here.
                selfReport={selfReport && row.minutes !== null}
                onChange={(patch) => update(row.patientId, patch)}
              />
            ))}
          </Stack>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {present} of {rows.length} attended
              {unmarked > 0 && ` · ${unmarked} not marked yet`}
              {dirty && ' · unsaved changes'}
            </Text>
            {editable && (
              <Button
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                onClick={submit}
                loading={save.isPending}
                disabled={toSend.length === 0}
              >
                Save attendance
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Section>
  );
}
