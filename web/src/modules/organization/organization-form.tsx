import { Grid, Select, Stack, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { AddressFields } from '../../ui/address-fields';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import {
  addressRules,
  fromAddress,
  matches,
  NPI,
  PHONE,
  required,
  TAX_ID,
  TAXONOMY,
  toAddress,
  type AddressValues,
} from '../../ui/validators';
import { useSaveOrganization, type Organization, type OrganizationBody } from './organization.api';

type FacilityType = OrganizationBody['facilityType'];

const FACILITY_TYPES: { value: FacilityType; label: string }[] = [
  { value: 'hospital_outpatient', label: 'Hospital outpatient department (type of bill 13X)' },
  { value: 'cmhc', label: 'Community mental health center (type of bill 76X)' },
  { value: 'freestanding', label: 'Freestanding clinic (type of bill 89X)' },
];

interface OrganizationValues {
  name: string;
  npi: string;
  taxId: string;
  taxonomy: string;
  facilityType: FacilityType | '';
  address: AddressValues;
  phone: string;
}

const toValues = (o: Organization | null): OrganizationValues => ({
  name: o?.name ?? '',
  npi: o?.npi ?? '',
  taxId: o?.taxId ?? '',
  taxonomy: o?.taxonomy ?? '',
  facilityType: (o?.facilityType as FacilityType | undefined) ?? '',
  address: fromAddress(o?.address),
  phone: o?.phone ?? '',
});

/** The billing identity printed on every claim: name, NPI, EIN, taxonomy, facility type. */
export function OrganizationForm({ organization }: { organization: Organization | null }) {
  const save = useSaveOrganization();
  const form = useForm<OrganizationValues>({
    initialValues: toValues(organization),
    validate: {
      name: required('Name'),
      npi: matches(NPI, 'NPI is 10 digits'),
      taxId: matches(TAX_ID, 'Tax ID (EIN) is 9 digits, e.g. 12-3456789'),
      taxonomy: matches(TAXONOMY, 'Taxonomy is 10 characters ending in X, e.g. 261QM0801X'),
      facilityType: required('Facility type'),
      address: addressRules(),
      phone: matches(PHONE, 'Enter a 10-digit phone number'),
    },
  });

  const submit = (values: OrganizationValues) => {
    const address = toAddress(values.address);
    if (!address || !values.facilityType) return;
    const body: OrganizationBody = {
      name: values.name.trim(),
      npi: values.npi.trim(),
      taxId: values.taxId.trim(),
      taxonomy: values.taxonomy.trim().toUpperCase(),
      facilityType: values.facilityType,
      address,
      phone: values.phone.trim(),
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        form.setInitialValues(toValues(saved));
        form.resetDirty(toValues(saved));
        notifySuccess('Organization details saved.');
      },
      onError: (error) => notifyFormError(form, error),
    });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Organization">
      <Stack gap="md">
        <OrganizationIdentityFields form={form} />
        <AddressFields form={form as UseFormReturnType<object>} path="address" required />
        <TextInput label="Phone" type="tel" required w={{ base: '100%', sm: 240 }} {...form.getInputProps('phone')} />
        <FormActions submitLabel="Save organization" submitting={save.isPending} />
      </Stack>
    </form>
  );
}

function OrganizationIdentityFields({ form }: { form: UseFormReturnType<OrganizationValues> }) {
  return (
    <Grid gap="sm">
      <Grid.Col span={12}>
        <TextInput label="Legal name" required {...form.getInputProps('name')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label="NPI"
          required
          inputMode="numeric"
          maxLength={10}
          description="Type 2 (organization) NPI"
          {...form.getInputProps('npi')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label="Tax ID (EIN)"
          required
          description="Federal employer identification number"
          {...form.getInputProps('taxId')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput
          label="Taxonomy code"
          required
          description="NUCC code, e.g. 261QM0801X"
          {...form.getInputProps('taxonomy')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Select
          label="Facility type"
          required
          data={FACILITY_TYPES}
          allowDeselect={false}
          {...form.getInputProps('facilityType')}
        />
      </Grid.Col>
    </Grid>
  );
}
