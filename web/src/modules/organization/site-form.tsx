import { Grid, Select, Stack, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { AddressFields } from '../../ui/address-fields';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { addressRules, emptyAddress, required, toAddress, type AddressValues } from '../../ui/validators';
import { useCreateSite } from './organization.api';
import { PLACE_OF_SERVICE, timeZoneOptions } from './site-options';

interface SiteValues {
  name: string;
  timeZone: string;
  placeOfService: string;
  address: AddressValues;
}

export function SiteForm({ onDone }: { onDone: () => void }) {
  const create = useCreateSite();
  const zones = useMemo(timeZoneOptions, []);
  const form = useForm<SiteValues>({
    initialValues: { name: '', timeZone: 'America/New_York', placeOfService: '', address: emptyAddress() },
    validate: {
      name: required('Name'),
      timeZone: required('Time zone'),
      placeOfService: required('Place of service'),
      address: addressRules(),
    },
  });

  const submit = (values: SiteValues) => {
    const address = toAddress(values.address);
    if (!address) return;
    create.mutate(
      { name: values.name.trim(), timeZone: values.timeZone, placeOfService: values.placeOfService, address },
      {
        onSuccess: () => {
          notifySuccess(`Site "${values.name.trim()}" created.`);
          onDone();
        },
        onError: (error) => notifyFormError(form, error),
      },
    );
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="New site">
      <Stack gap="sm">
        <TextInput label="Site name" required data-autofocus {...form.getInputProps('name')} />
        <Grid gap="sm" align="flex-end">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Time zone"
              required
              searchable
              data={zones}
              allowDeselect={false}
              {...form.getInputProps('timeZone')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select
              label="Place of service"
              required
              data={PLACE_OF_SERVICE}
              description="CMS code printed on claims"
              {...form.getInputProps('placeOfService')}
            />
          </Grid.Col>
        </Grid>
        <AddressFields form={form as UseFormReturnType<object>} path="address" required />
        <FormActions submitLabel="Create site" submitting={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
