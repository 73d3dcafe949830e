import { Badge, Code, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { BackLink } from '../../ui/back-link';
import { DetailItem } from '../../ui/detail-item';
import { PageHeader } from '../../ui/page-header';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { templateLabel } from './payer-templates';
import { usePayer } from './payers.api';

export function PayerDetailPage() {
  const { payerId = '' } = useParams();
  const payer = usePayer(payerId);
  return (
    <Stack gap="md">
      <BackLink to="/payers">All payers</BackLink>
      <QueryView query={payer} errorTitle="Could not load this payer">
        {(p) => (
          <>
            <PageHeader title={p.name} description={templateLabel(p.template)} />
            <Paper withBorder p="md" radius="md">
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                <DetailItem label="Payer ID">{p.payerId}</DetailItem>
                <DetailItem label="Template">{templateLabel(p.template)}</DetailItem>
                <DetailItem label="Claim format">{p.claimFormat}</DetailItem>
                <DetailItem label="Rule pack version">{p.rulesVersion}</DetailItem>
              </SimpleGrid>
            </Paper>
            <Section title="Rule pack" actions={<Badge variant="light">Version {p.rulesVersion}</Badge>}>
              <Text size="sm" c="dimmed" mb="sm">
                Read-only. Claims record the rule pack version they were built with.
              </Text>
              <Code block aria-label={`Rule pack version ${p.rulesVersion}`} mah={520} style={{ overflow: 'auto' }}>
                {JSON.stringify(p.rules, null, 2)}
              </Code>
            </Section>
          </>
        )}
      </QueryView>
    </Stack>
  );
}
