import { MultiSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { roleLabel } from '../../app/access';
import { FormActions } from '../../ui/form-actions';
import { formatName } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { QueryView } from '../../ui/query-view';
import { useAllStaff } from '../organization/organization.api';
import { useProgramStaff, useSetProgramStaff, type Program } from './programs.api';

/** Who works in a program; staff see the patients of their programs' episodes. */
export function ProgramStaffForm({ program, onDone }: { program: Program; onDone: () => void }) {
  const current = useProgramStaff(program.id);
  return (
    <QueryView query={current}>
      {(assigned) => <StaffPicker program={program} initial={assigned.items.map((s) => s.id)} onDone={onDone} />}
    </QueryView>
  );
}

function StaffPicker({ program, initial, onDone }: { program: Program; initial: string[]; onDone: () => void }) {
  const staff = useAllStaff();
  const save = useSetProgramStaff(program.id);
  const [selected, setSelected] = useState<string[]>(initial);

  const options = (staff.data ?? [])
    .filter((s) => s.active || selected.includes(s.id))
    .map((s) => ({ value: s.id, label: `${formatName(s.name)} (${s.roles.map(roleLabel).join(', ')})` }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(selected, {
      onSuccess: () => {
        notifySuccess(`Staff of ${program.name} updated.`);
        onDone();
      },
      onError: (error) => notifyError(error),
    });
  };

  return (
    <form onSubmit={submit} aria-label={`Staff of ${program.name}`}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Staff assigned here can open the charts of patients admitted to this program.
        </Text>
        <MultiSelect
          label="Assigned staff"
          data={options}
          value={selected}
          onChange={setSelected}
          searchable
          disabled={staff.isPending}
          nothingFoundMessage="No staff match"
        />
        <FormActions submitLabel="Save staff" submitting={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
