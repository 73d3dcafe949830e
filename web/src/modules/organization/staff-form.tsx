import { Grid, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ROLE_LABELS, ROLES } from '../../app/access';
import { FormActions } from '../../ui/form-actions';
import { formatName } from '../../ui/format';
import { notifyFormError } from '../../ui/notify';
import { EMAIL, matches, NPI, optionalText, required, TAXONOMY } from '../../ui/validators';
import { useAllStaff, useCreateStaff, type StaffBody } from './organization.api';

interface StaffValues {
  name: { given: string; family: string };
  email: string;
  roles: string[];
  credentials: string;
  npi: string;
  taxonomy: string;
  supervisorId: string;
}

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export interface CreatedStaff {
  name: string;
  email: string;
  temporaryPassword?: string;
}

export function StaffForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: CreatedStaff) => void;
  onCancel: () => void;
}) {
  const create = useCreateStaff();
  const staff = useAllStaff();
  const form = useForm<StaffValues>({
    initialValues: {
      name: { given: '', family: '' },
      email: '',
      roles: [],
      credentials: '',
      npi: '',
      taxonomy: '',
      supervisorId: '',
    },
    validate: {
      name: { given: required('First name'), family: required('Last name') },
      email: matches(EMAIL, 'Enter a valid email address'),
      roles: (v) => (v.length ? null : 'Choose at least one role'),
      npi: matches(NPI, 'NPI is 10 digits', true),
      taxonomy: matches(TAXONOMY, 'Taxonomy is 10 characters ending in X', true),
    },
  });

  const submit = (v: StaffValues) => {
    const body: StaffBody = {
      name: { given: v.name.given.trim(), family: v.name.family.trim() },
      email: v.email.trim(),
      roles: v.roles as StaffBody['roles'],
      credentials: optionalText(v.credentials),
      npi: optionalText(v.npi),
      taxonomy: optionalText(v.taxonomy.toUpperCase()),
      supervisorId: optionalText(v.supervisorId),
    };
    create.mutate(body, {
      onSuccess: (result) =>
        onCreated({
          name: `${body.name.given} ${body.name.family}`,
          email: body.email,
          temporaryPassword: result.temporaryPassword,
        }),
      onError: (error) => notifyFormError(form, error),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="New staff member">
      <Stack gap="sm">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="First name" required data-autofocus {...form.getInputProps('name.given')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Last name" required {...form.getInputProps('name.family')} />
          </Grid.Col>
        </Grid>
        <TextInput label="Email" type="email" required description="Used to log in" {...form.getInputProps('email')} />
        <MultiSelect label="Roles" required data={ROLE_OPTIONS} searchable {...form.getInputProps('roles')} />
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label="Credentials" placeholder="LCSW, MD, RN" {...form.getInputProps('credentials')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label="NPI"
              inputMode="numeric"
              maxLength={10}
              description="Needed to render services"
              {...form.getInputProps('npi')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label="Taxonomy code" {...form.getInputProps('taxonomy')} />
          </Grid.Col>
        </Grid>
        <Select
          label="Clinical supervisor"
          description="Optional"
          searchable
          data={(staff.data ?? []).map((s) => ({ value: s.id, label: formatName(s.name) }))}
          {...form.getInputProps('supervisorId')}
        />
        <FormActions submitLabel="Create staff member" submitting={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
