import { Box, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { formatCents, formatDate, formatName } from '../../ui/format';
import { RuleTrace } from '../attendance/rule-trace';
import { useAllStaff } from '../organization/organization.api';
import type { Claim, ClaimLine } from './billing.api';

const HEADERS = [
  'Date',
  'Revenue code',
  'HCPCS/CPT',
  'Modifiers',
  'Units',
  'Charge',
  'Place of service',
  'Rendering',
  'Rule trace',
];

/** The rules that made a line, in order, under the payer rule-pack version the claim used. */
function Trace({ line, rulesVersion, id }: { line: ClaimLine; rulesVersion: number; id: string }) {
  return (
    <Box py="xs" px="sm">
      <Text size="xs" fw={600} mb={4}>
        Rule pack version {rulesVersion}
      </Text>
      <RuleTrace trace={line.trace} id={id} />
    </Box>
  );
}

/**
 * A claim's service lines (837I SV2 / 837P SV1, UB-04 FL 42–47, CMS-1500 item 24), each expandable to
 * the rule trace that produced it (BILLING-RULES §1: every line explains itself).
 */
export function ClaimLinesTable({ claim }: { claim: Claim }) {
  const staff = useAllStaff();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const names = new Map((staff.data ?? []).map((s) => [s.id, formatName(s.name)]));
  const staffName = (id: string | undefined) => (id ? (names.get(id) ?? id.slice(0, 8)) : '—');
  const toggle = (i: number) =>
    setOpen((shown) => {
      const next = new Set(shown);
      if (!next.delete(i)) next.add(i);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped stripedColor="gray.0" verticalSpacing="xs" aria-label="Claim lines">
        <caption>
          <VisuallyHidden>Claim lines</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            {HEADERS.map((h) => (
              <Table.Th key={h} scope="col">
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {claim.lines.map((line, i) => {
            const traceId = `line-${i}-trace`;
            const shown = open.has(i);
            return (
              <Fragment key={i}>
                <Table.Tr>
                  <Table.Td>{formatDate(line.serviceDate)}</Table.Td>
                  <Table.Td>{line.revenueCode ?? '—'}</Table.Td>
                  <Table.Td ff="monospace">{line.procedureCode}</Table.Td>
                  <Table.Td>{line.modifiers.join(' ') || '—'}</Table.Td>
                  <Table.Td>{line.units}</Table.Td>
                  <Table.Td ff="monospace" ta="right">
                    {formatCents(line.chargeCents)}
                  </Table.Td>
                  <Table.Td>{line.placeOfService ?? '—'}</Table.Td>
                  <Table.Td>
                    {staffName(line.renderingStaffId)}
                    {line.supervisingStaffId && (
                      <Text size="xs" c="dimmed">
                        Supervising: {staffName(line.supervisingStaffId)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-xs"
                      leftSection={
                        shown ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />
                      }
                      aria-expanded={shown}
                      aria-controls={shown ? traceId : undefined}
                      onClick={() => toggle(i)}
                    >
                      {shown ? 'Hide' : 'Show'}
                      <VisuallyHidden> the rule trace of line {i + 1}</VisuallyHidden>
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {shown && (
                  <Table.Tr>
                    <Table.Td colSpan={HEADERS.length} p={0}>
                      <Trace line={line} rulesVersion={claim.rulesVersion} id={traceId} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
