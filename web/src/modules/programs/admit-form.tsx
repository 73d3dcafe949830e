import { Grid, Select, Stack } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import dayjs from 'dayjs';
import { ATTENDING_ROLES, roleLabel } from '../../app/access';
import { DateField } from '../../ui/date-field';
import { FormActions } from '../../ui/form-actions';
import { formatName } from '../../ui/format';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { required } from '../../ui/validators';
import { useAllStaff } from '../organization/organization.api';
import { DiagnosesField, diagnosisRules, newDiagnosis, type WithDiagnoses } from './diagnoses-field';
import { useAdmit, useAllPrograms, type AdmitBody } from './programs.api';

interface AdmitValues extends WithDiagnoses {
  programId: string;
  admitDate: string;
  attendingStaffId: string;
}

/** Admission opens an episode: program (level of care), attending physician and diagnoses. */
export function AdmitForm({ patientId, onDone }: { patientId: string; onDone: () => void }) {
  const admit = useAdmit(patientId);
  const programs = useAllPrograms();
  const staff = useAllStaff();
  const first = newDiagnosis();
  const form = useForm<AdmitValues>({
    initialValues: {
      programId: '',
      admitDate: dayjs().format('YYYY-MM-DD'),
      attendingStaffId: '',
      diagnoses: [first],
      principalKey: first.key,
    },
    validate: {
      programId: required('Program'),
      admitDate: required('Admit date'),
      attendingStaffId: required('Attending'),
      principalKey: (key, values) =>
        values.diagnoses.some((d) => d.key === key) ? null : 'Choose the principal diagnosis',
      ...diagnosisRules,
    },
  });

  const attendings = (staff.data ?? [])
    .filter((s) => s.active && s.roles.some((r) => (ATTENDING_ROLES as string[]).includes(r)))
    .map((s) => ({
      value: s.id,
      label: `${formatName(s.name)}${s.credentials ? `, ${s.credentials}` : ''} (${s.roles
        .filter((r) => (ATTENDING_ROLES as string[]).includes(r))
        .map(roleLabel)
        .join(', ')})`,
    }));

  const submit = (v: AdmitValues) => {
    const body: AdmitBody = {
      patientId,
      programId: v.programId,
      admitDate: v.admitDate,
      attendingStaffId: v.attendingStaffId,
      // The principal diagnosis first, as it is listed on the claim.
      diagnoses: [...v.diagnoses]
        .sort((a, b) => Number(b.key === v.principalKey) - Number(a.key === v.principalKey))
        .map((d) => ({ code: d.code.trim().toUpperCase(), principal: d.key === v.principalKey })),
    };
    admit.mutate(body, {
      onSuccess: () => {
        notifySuccess('Patient admitted.');
        onDone();
      },
      onError: (error) => notifyFormError(form, error),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Admit to program">
      <Stack gap="sm">
        <Select
          label="Program"
          required
          data-autofocus
          data={(programs.data ?? [])
            .filter((p) => p.active)
            .map((p) => ({ value: p.id, label: `${p.name} (${p.levelOfCare})` }))}
          {...form.getInputProps('programId')}
        />
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <DateField label="Admit date" required {...form.getInputProps('admitDate')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <Select
              label="Attending"
              description="Psychiatrist or nurse practitioner"
              required
              searchable
              data={attendings}
              nothingFoundMessage="No psychiatrist or nurse practitioner on staff"
              {...form.getInputProps('attendingStaffId')}
            />
          </Grid.Col>
        </Grid>
        <DiagnosesField form={form as unknown as UseFormReturnType<WithDiagnoses>} />
        <FormActions submitLabel="Admit" submitting={admit.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
