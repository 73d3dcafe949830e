import { ActionIcon, Button, Group, Input, Select, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Option } from './lookups';
import { FACILITATOR_ROLES, type FacilitatorRole } from './schedule-options';

export interface FacilitatorValue {
  key: string;
  staffId: string;
  role: FacilitatorRole;
}

export interface WithFacilitators {
  facilitators: FacilitatorValue[];
}

/** The API's limit on facilitators per group or session. */
const MAX_FACILITATORS = 10;

let nextKey = 0;
export const newFacilitator = (staffId = '', role: FacilitatorRole = 'lead'): FacilitatorValue => ({
  key: `fac-${nextKey++}`,
  staffId,
  role,
});

export const facilitatorRules = {
  facilitators: {
    staffId: (value: string, values: WithFacilitators) => {
      if (!value) return 'Choose a staff member';
      return values.facilitators.filter((f) => f.staffId === value).length > 1 ? 'Listed twice' : null;
    },
  },
};

/** The request's facilitators: staff and role, without the form's row keys. */
export const toFacilitators = (rows: FacilitatorValue[]) => rows.map(({ staffId, role }) => ({ staffId, role }));

/** Staff running a group or session, each with a role (lead, co-facilitator, peer …). */
export function FacilitatorsField({
  form,
  staffOptions,
}: {
  form: UseFormReturnType<WithFacilitators>;
  staffOptions: Option[];
}) {
  const rows = form.values.facilitators;
  return (
    <Input.Wrapper
      label="Facilitators"
      description="At least one; the lead is listed first on notes and claims."
      required
      data-required
      error={typeof form.errors.facilitators === 'string' ? form.errors.facilitators : undefined}
    >
      <Stack gap="xs" mt="xs">
        {rows.map((row, index) => (
          <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
            <Select
              aria-label={`Facilitator ${index + 1}`}
              placeholder="Staff member"
              searchable
              data={staffOptions}
              nothingFoundMessage="No staff match"
              style={{ flex: 2 }}
              {...form.getInputProps(`facilitators.${index}.staffId`)}
            />
            <Select
              aria-label={`Facilitator ${index + 1} role`}
              data={FACILITATOR_ROLES}
              allowDeselect={false}
              style={{ flex: 1 }}
              {...form.getInputProps(`facilitators.${index}.role`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              onClick={() => form.removeListItem('facilitators', index)}
              disabled={rows.length === 1}
              aria-label={`Remove facilitator ${index + 1}`}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('facilitators', newFacilitator('', 'co'))}
          disabled={rows.length >= MAX_FACILITATORS}
        >
          Add facilitator
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
