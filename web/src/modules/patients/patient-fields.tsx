import { Grid, Group, Radio, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import dayjs from 'dayjs';
import { AddressFields } from '../../ui/address-fields';
import { DateField } from '../../ui/date-field';
import {
  addressRules,
  EMAIL,
  fromAddress,
  matches,
  optionalText,
  PHONE,
  required,
  toAddress,
  type AddressValues,
} from '../../ui/validators';
import type { Patient, PatientBody } from './patients.api';

type Sex = PatientBody['sex'];

export interface PatientValues {
  name: { given: string; family: string };
  birthDate: string;
  sex: Sex | '';
  phone: string;
  email: string;
  address: AddressValues;
}

export const emptyPatient = (): PatientValues => ({
  name: { given: '', family: '' },
  birthDate: '',
  sex: '',
  phone: '',
  email: '',
  address: fromAddress(null),
});

export const patientValues = (p: Patient): PatientValues => ({
  name: { given: p.name.given, family: p.name.family },
  birthDate: p.birthDate,
  sex: p.sex as Sex,
  phone: p.phone ?? '',
  email: p.email ?? '',
  address: fromAddress(p.address),
});

export const patientRules = {
  name: { given: required('First name'), family: required('Last name') },
  birthDate: (value: string) => {
    if (!value) return 'Birth date is required';
    return dayjs(value).isAfter(dayjs(), 'day') ? 'Birth date cannot be in the future' : null;
  },
  sex: required('Sex'),
  phone: matches(PHONE, 'Enter a 10-digit phone number', true),
  email: matches(EMAIL, 'Enter a valid email address', true),
  address: addressRules(true),
};

/** The request body; optional contact details are left out when blank. */
export function toPatientBody(v: PatientValues): PatientBody | null {
  if (!v.sex) return null;
  const address = toAddress(v.address);
  const phone = optionalText(v.phone);
  const email = optionalText(v.email);
  return {
    name: { given: v.name.given.trim(), family: v.name.family.trim() },
    birthDate: v.birthDate,
    sex: v.sex,
    ...(address ? { address } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
  };
}

/** Demographic fields shared by registration and the Demographics tab. */
export function PatientFields({ form }: { form: UseFormReturnType<PatientValues> }) {
  return (
    <>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput
            label="First name"
            required
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('name.given')}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label="Last name" required autoComplete="off" {...form.getInputProps('name.family')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <DateField label="Birth date" required maxDate={new Date()} {...form.getInputProps('birthDate')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Radio.Group label="Sex" required data-required {...form.getInputProps('sex')}>
            <Group gap="md" mt={8}>
              <Radio value="F" label="Female" />
              <Radio value="M" label="Male" />
              <Radio value="U" label="Unknown" />
            </Group>
          </Radio.Group>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label="Phone" type="tel" autoComplete="off" {...form.getInputProps('phone')} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <TextInput label="Email" type="email" autoComplete="off" {...form.getInputProps('email')} />
        </Grid.Col>
      </Grid>
      <AddressFields form={form as UseFormReturnType<object>} path="address" />
    </>
  );
}
