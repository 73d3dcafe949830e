import { Badge, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useId } from 'react';
import { SelfReportDialog } from '../outcomes/self-report-dialog';
import type { Modality } from '../scheduling/schedule-options';
import { attended, MODALITY_OPTIONS, PARTICIPATION, STATUSES, type AttendanceStatus } from './attendance-options';
import type { AttendanceRow, RowErrors } from './attendance-rows';

interface AttendanceRowViewProps {
  row: AttendanceRow;
  errors: RowErrors[string] | undefined;
  readOnly: boolean;
  /** Offer the self-report kiosk to members who came (measures due are answered at check-in). */
  selfReport: boolean;
  onChange: (patch: Partial<AttendanceRow>) => void;
}

/** One roster member: a one-tap status, and for those who came, times, modality and participation. */
export function AttendanceRowView({ row, errors, readOnly, selfReport, onChange }: AttendanceRowViewProps) {
  const nameId = useId();
  const came = attended(row.status);
  return (
    <Paper component="li" withBorder p="xs" radius="sm" bg={errors ? 'red.0' : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Text fw={600} size="sm" id={nameId}>
              {row.name}
            </Text>
            {row.dropInReason && (
              <Badge variant="outline" color="gray" c="dark.7" tt="none" title={row.dropInReason}>
                Drop-in
              </Badge>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-labelledby={nameId}
              name={`status-${row.patientId}`}
              data={STATUSES.map((s) => ({ value: s.value, label: s.label }))}
              value={row.status ?? ''}
              onChange={(value) => onChange({ status: value as AttendanceStatus })}
              readOnly={readOnly}
              color={row.status?.startsWith('absent') ? 'red.9' : 'teal.9'}
            />
            <Text size="sm" w={64} ta="right" c={row.minutes === null ? 'dimmed' : undefined}>
              {row.minutes === null ? '— min' : `${row.minutes} min`}
            </Text>
          </Group>
        </Group>
        {came && (
          <Group gap="xs" wrap="wrap" align="flex-start">
            <TimeInput
              size="xs"
              w={110}
              label="Check-in"
              value={row.checkIn}
              onChange={(e) => onChange({ checkIn: e.currentTarget.value })}
              error={errors?.checkInAt}
              readOnly={readOnly}
            />
            <TimeInput
              size="xs"
              w={110}
              label="Check-out"
              value={row.checkOut}
              onChange={(e) => onChange({ checkOut: e.currentTarget.value })}
              error={errors?.checkOutAt}
              readOnly={readOnly}
            />
            <Select
              size="xs"
              w={190}
              label="Modality"
              data={MODALITY_OPTIONS}
              value={row.modality}
              onChange={(value) => value && onChange({ modality: value as Modality })}
              allowDeselect={false}
              readOnly={readOnly}
            />
            <Select
              size="xs"
              w={150}
              label="Participation"
              placeholder="Not rated"
              data={[...PARTICIPATION]}
              value={row.participation}
              onChange={(value) => onChange({ participation: value as AttendanceRow['participation'] })}
              clearable
              readOnly={readOnly}
            />
            {selfReport && !readOnly && (
              <Stack gap={0} justify="flex-end" style={{ alignSelf: 'flex-end' }}>
                <SelfReportDialog patientId={row.patientId} kind="kiosk" patientName={row.name} />
              </Stack>
            )}
          </Group>
        )}
        {(errors?.patientId ?? errors?.status) && (
          <Text size="sm" c="red.8" role="alert">
            {errors.patientId ?? errors.status}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
