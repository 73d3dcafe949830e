import { Badge, Group, List, Text } from '@mantine/core';
import type { Claim } from './billing.api';

type Issue = Claim['issues'][number];

const SEVERITY = {
  error: { label: 'Error', color: 'red.8', c: 'white' },
  warning: { label: 'Warning', color: 'yellow.4', c: 'dark.9' },
} as const;

/**
 * The scrubber's findings (required fields, NPI check digits, ICD-10-CM, condition codes, overlaps,
 * authorization): errors first, since they keep the claim out of a batch; warnings do not.
 */
export function ClaimIssues({ issues }: { issues: Issue[] }) {
  if (issues.length === 0) {
    return <Text size="sm">The scrubber found nothing to fix.</Text>;
  }
  const ordered = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <List spacing="xs" listStyleType="none" aria-label="Scrub issues">
      {ordered.map((issue, i) => {
        const severity = SEVERITY[issue.severity];
        return (
          <List.Item key={i}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge variant="filled" color={severity.color} c={severity.c} tt="none" radius="sm" miw={72}>
                {severity.label}
              </Badge>
              <div>
                <Text size="sm">{issue.message}</Text>
                <Text size="xs" c="dimmed">
                  {issue.code}
                  {issue.path ? ` · ${issue.path}` : ''}
                </Text>
              </div>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
