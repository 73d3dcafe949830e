import { Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlayerPlay } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { DateField } from '../../ui/date-field';
import { formatCents, formatDate } from '../../ui/format';
import { notifyFormError } from '../../ui/notify';
import { Section } from '../../ui/section';
import { useRunBilling, type RunResult } from './billing.api';

interface RunValues {
  from: string;
  to: string;
}

/** The month so far: the usual run, repeated safely (a service is never billed twice). */
const initialValues = (): RunValues => ({
  from: dayjs().startOf('month').format('YYYY-MM-DD'),
  to: dayjs().format('YYYY-MM-DD'),
});

function RunSummary({ result }: { result: RunResult }) {
  const count = (format: string) => result.claims.filter((c) => c.format === format).length;
  const total = result.claims.reduce((sum, c) => sum + c.totalCents, 0);
  const claims = result.claims.length;
  return (
    <Alert color={claims > 0 ? 'teal' : 'gray'} variant="light" title="Billing run finished" data-testid="run-result">
      <Stack gap={4}>
        <Text size="sm">
          {claims === 0
            ? 'No new claims: every service in the period is billed already or held.'
            : `${claims} ${claims === 1 ? 'claim' : 'claims'} created (${count('837I')} 837I, ${count('837P')} 837P) for ${formatCents(total)}.`}{' '}
          {result.held.length} {result.held.length === 1 ? 'service is' : 'services are'} held for a fix.
        </Text>
        {claims > 0 && (
          <Anchor component={Link} to="/billing/claims" size="sm">
            Open the claims list
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * A billing run over a date range: every attended, signed service not billed yet becomes a claim line
 * or a hold. Running a period again adds nothing already billed, so the month can be run as it goes.
 */
export function RunBillingForm() {
  const run = useRunBilling();
  const form = useForm<RunValues>({
    initialValues: initialValues(),
    validate: {
      from: (v) => (v ? null : 'Start date is required'),
      to: (v, values) => {
        if (!v) return 'End date is required';
        return values.from && v < values.from ? 'The end date cannot be before the start date' : null;
      },
    },
  });
  const submit = (values: RunValues) => run.mutate(values, { onError: (error) => notifyFormError(form, error) });

  return (
    <Section title="Run billing">
      <form onSubmit={form.onSubmit(submit)} noValidate aria-label="Run billing">
        <Stack gap="sm">
          <Group align="flex-start" gap="sm" wrap="wrap">
            <DateField label="From" required w={170} {...form.getInputProps('from')} />
            <DateField label="To" required w={170} {...form.getInputProps('to')} />
            <Button
              type="submit"
              mt={25}
              loading={run.isPending}
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
            >
              Run billing
            </Button>
          </Group>
          <div role="status" aria-live="polite">
            {run.isPending ? (
              <Group gap="xs">
                <Loader size="xs" aria-hidden />
                <Text size="sm">
                  Running billing for {formatDate(run.variables.from)} – {formatDate(run.variables.to)}: reading
                  attendance, notes, coverages and authorizations…
                </Text>
              </Group>
            ) : (
              run.data && <RunSummary result={run.data} />
            )}
          </div>
        </Stack>
      </form>
    </Section>
  );
}
