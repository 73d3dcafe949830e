import { ActionIcon, Badge, Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { ICD10 } from '../../ui/validators';

export interface DiagnosisValue {
  key: string;
  code: string;
}

export interface WithDiagnoses {
  diagnoses: DiagnosisValue[];
  /** The `key` of the principal diagnosis. */
  principalKey: string;
}

/** The API's limit (an 837 claim carries up to 12 diagnosis codes). */
const MAX_DIAGNOSES = 12;

let nextKey = 0;
export const newDiagnosis = (): DiagnosisValue => ({ key: `dx-${nextKey++}`, code: '' });

export const diagnosisRules = {
  diagnoses: {
    code: (value: string) => {
      const code = value.trim().toUpperCase();
      if (!code) return 'Enter an ICD-10-CM code';
      return ICD10.test(code) ? null : 'Use an ICD-10-CM code such as F33.1';
    },
  },
};

/** ICD-10-CM codes with exactly one principal diagnosis (it goes first on the claim, HI*ABK / ABK). */
export function DiagnosesField({ form }: { form: UseFormReturnType<WithDiagnoses> }) {
  const { diagnoses, principalKey } = form.values;
  const remove = (index: number, key: string) => {
    form.removeListItem('diagnoses', index);
    if (key === principalKey) form.setFieldValue('principalKey', diagnoses.find((d) => d.key !== key)?.key ?? '');
  };
  return (
    <Radio.Group
      value={principalKey}
      onChange={(value) => form.setFieldValue('principalKey', value)}
      label="Diagnoses (ICD-10-CM)"
      description="One code per line; select the principal diagnosis."
      required
      data-required
      error={form.errors.principalKey}
    >
      <Stack gap="xs" mt="xs">
        {diagnoses.map((d, index) => (
          <Group key={d.key} gap="xs" align="flex-start" wrap="nowrap">
            <Radio value={d.key} aria-label={`Diagnosis ${index + 1} is principal`} mt={8} />
            <TextInput
              aria-label={`Diagnosis ${index + 1} code`}
              placeholder="F33.1"
              style={{ flex: 1 }}
              rightSection={d.key === principalKey ? <Badge size="xs">Principal</Badge> : null}
              rightSectionWidth={80}
              {...form.getInputProps(`diagnoses.${index}.code`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              onClick={() => remove(index, d.key)}
              disabled={diagnoses.length === 1}
              aria-label={`Remove diagnosis ${index + 1}`}
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
          onClick={() => form.insertListItem('diagnoses', newDiagnosis())}
          disabled={diagnoses.length >= MAX_DIAGNOSES}
        >
          Add diagnosis
        </Button>
      </Stack>
    </Radio.Group>
  );
}
