import { Button, Stack, Text } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { DataTable } from '../../ui/data-table';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { Section } from '../../ui/section';
import { required } from '../../ui/validators';
import { ConflictAlert, isScheduleConflict } from './conflict-alert';
import {
  facilitatorRules,
  FacilitatorsField,
  newFacilitator,
  toFacilitators,
  type FacilitatorValue,
  type WithFacilitators,
} from './facilitators-field';
import { useUpdateGroup, type Group } from './groups.api';
import { useSchedulingLookups } from './lookups';
import { facilitatorRoleLabel, type FacilitatorRole } from './schedule-options';
import { localParts } from './time';

/** The group's standing facilitators; a change applies to its sessions from a date on. */
export function FacilitatorsTab({ group }: { group: Group }) {
  const lookups = useSchedulingLookups();
  const canEdit = can(useRoles(), 'editSchedule');
  const [editing, setEditing] = useState(false);
  return (
    <Section
      title="Facilitators"
      actions={
        canEdit &&
        group.active &&
        !editing && (
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
            Change facilitators
          </Button>
        )
      }
    >
      {editing ? (
        <FacilitatorsForm group={group} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="xs">
          <DataTable
            caption="Facilitators"
            columns={[
              { key: 'name', header: 'Staff member', render: (f) => lookups.staffName(f.staffId) },
              { key: 'role', header: 'Role', render: (f) => facilitatorRoleLabel(f.role) },
            ]}
            rows={group.facilitators}
            rowKey={(f) => f.staffId}
            minWidth={360}
          />
          <Text size="xs" c="dimmed">
            A substitute for one session is set on that session (Schedule, or Upcoming sessions).
          </Text>
        </Stack>
      )}
    </Section>
  );
}

interface FacilitatorsValues extends WithFacilitators {
  effectiveFrom: string;
}

function FacilitatorsForm({ group, onDone }: { group: Group; onDone: () => void }) {
  const lookups = useSchedulingLookups();
  const update = useUpdateGroup(group.id);
  const today = localParts(new Date(), group.timeZone).date;
  const form = useForm<FacilitatorsValues>({
    initialValues: {
      effectiveFrom: today,
      facilitators: group.facilitators.map((f): FacilitatorValue =>
        newFacilitator(f.staffId, f.role as FacilitatorRole),
      ),
    },
    validate: {
      ...facilitatorRules,
      effectiveFrom: (v: string) => required('From')(v) ?? (v < today ? 'A change cannot start in the past' : null),
    },
  });
  const submit = (v: FacilitatorsValues, override?: { reason: string }) =>
    update.mutate(
      {
        facilitators: toFacilitators(v.facilitators),
        effectiveFrom: v.effectiveFrom,
        ...(override ? { override } : {}),
      },
      {
        onSuccess: () => {
          notifySuccess(`Facilitators of ${group.name} updated.`);
          onDone();
        },
        onError: (error) => !isScheduleConflict(error) && notifyFormError(form, error),
      },
    );
  return (
    <form onSubmit={form.onSubmit((v) => submit(v))} noValidate aria-label="Change facilitators">
      <Stack gap="sm">
        <FacilitatorsField
          form={form as unknown as UseFormReturnType<WithFacilitators>}
          staffOptions={lookups.clinicianOptions()}
        />
        <DateField
          label="From"
          description="Sessions from this date on get the new facilitators; sessions changed by hand keep theirs."
          required
          maw={260}
          {...form.getInputProps('effectiveFrom')}
        />
        {isScheduleConflict(update.error) && (
          <ConflictAlert
            error={update.error}
            timeZone={group.timeZone}
            submitting={update.isPending}
            onOverride={(reason) => submit(form.getValues(), { reason })}
          />
        )}
        <FormActions submitLabel="Save facilitators" submitting={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
