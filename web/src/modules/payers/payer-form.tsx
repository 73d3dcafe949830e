import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { FormActions } from '../../ui/form-actions';
import { notifyFormError, notifySuccess } from '../../ui/notify';
import { matches, PAYER_ID, required } from '../../ui/validators';
import { PAYER_TEMPLATES } from './payer-templates';
import { useCreatePayer, type PayerTemplate } from './payers.api';

interface PayerValues {
  name: string;
  payerId: string;
  template: PayerTemplate | '';
}

export function PayerForm({ onCancel }: { onCancel: () => void }) {
  const create = useCreatePayer();
  const navigate = useNavigate();
  const form = useForm<PayerValues>({
    initialValues: { name: '', payerId: '', template: '' },
    validate: {
      name: required('Name'),
      payerId: matches(PAYER_ID, 'Letters, digits and hyphens only, e.g. 00431 or BCBSIL'),
      template: required('Template'),
    },
  });
  const chosen = PAYER_TEMPLATES.find((t) => t.value === form.values.template);

  const submit = ({ name, payerId, template }: PayerValues) => {
    if (!template) return;
    create.mutate(
      { name: name.trim(), payerId: payerId.trim(), template },
      {
        onSuccess: (created) => {
          notifySuccess(`Payer "${name.trim()}" created with the ${template.replace(/_/g, ' ')} rules.`);
          void navigate(`/payers/${created.id}`);
        },
        onError: (error) => notifyFormError(form, error),
      },
    );
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label="New payer">
      <Stack gap="sm">
        <TextInput label="Payer name" required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label="Payer ID"
          required
          description="The clearinghouse payer ID sent on claims"
          {...form.getInputProps('payerId')}
        />
        <Select
          label="Rule template"
          required
          data={PAYER_TEMPLATES.map(({ value, label }) => ({ value, label }))}
          {...form.getInputProps('template')}
        />
        {chosen && (
          <Text size="sm" c="dimmed">
            {chosen.description}
          </Text>
        )}
        <FormActions submitLabel="Create payer" submitting={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
