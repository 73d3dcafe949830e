import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconHandStop, IconListDetails, IconRefresh } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { DetailItem } from '../../ui/detail-item';
import { formatCents, formatName } from '../../ui/format';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { EmptyState, LoadingState } from '../../ui/states';
import type { SessionDetail } from '../scheduling/sessions.api';
import { useAttendance } from './attendance.api';
import { statusLabel } from './attendance-options';
import { holdFix, holdLabel, holdMessage, type HoldFix } from './claim-holds';
import { useClaimPreview, type PreviewLine, type PreviewMember } from './claim-preview.api';
import { RuleTrace } from './rule-trace';
import { goToPart, SESSION_ANCHORS } from './session-anchors';

interface BillingPreviewProps {
  session: SessionDetail;
  /** The group note is on this page for the viewer, so "sign the note" can point at it. */
  noteShown: boolean;
}

/**
 * Per member, what a billing run would make of this session now: the claim lines with their codes,
 * charge and rendering provider, or the hold that keeps the service back and where to fix it.
 * Nothing is billed from here; a biller's run does that.
 */
export function BillingPreview({ session, noteShown }: BillingPreviewProps) {
  const preview = useClaimPreview(session.id, true);
  const attendance = useAttendance(session.id);
  const names = new Map(session.roster.map((m) => [m.patientId, formatName(m.name)]));
  const order = new Map(session.roster.map((m, i) => [m.patientId, i]));
  const statuses = new Map((attendance.data ?? []).map((r) => [r.patientId, r.status]));
  return (
    <Section
      title="Billing preview"
      actions={
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={preview.isFetching}
          onClick={() => void preview.refetch()}
        >
          Refresh
        </Button>
      }
    >
      <QueryView
        query={preview}
        errorTitle="Could not load the billing preview"
        loading={<LoadingState rows={3} label="Loading the billing preview" />}
        isEmpty={(p) => p.members.length === 0}
        empty={
          <EmptyState
            title="No attendance yet"
            description="Once attendance is saved, each member's claim lines or holds show here."
          />
        }
      >
        {(p) => {
          const members = [...p.members].sort(
            (a, b) => (order.get(a.patientId) ?? Infinity) - (order.get(b.patientId) ?? Infinity),
          );
          const held = members.filter((m) => m.held).length;
          const billing = members.filter((m) => !m.held && m.lines.length > 0).length;
          return (
            <Stack gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {billing} of {members.length} would bill · {held} held · nothing is billed until a billing run
              </Text>
              <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Billing by member">
                {members.map((m) => (
                  <MemberPreview
                    key={m.patientId}
                    member={m}
                    name={names.get(m.patientId) ?? 'Patient not on the roster'}
                    status={statuses.get(m.patientId) ?? null}
                    session={session}
                    noteShown={noteShown}
                  />
                ))}
              </Stack>
            </Stack>
          );
        }}
      </QueryView>
    </Section>
  );
}

interface MemberPreviewProps {
  member: PreviewMember;
  name: string;
  status: string | null;
  session: SessionDetail;
  noteShown: boolean;
}

function MemberPreview({ member, name, status, session, noteShown }: MemberPreviewProps) {
  const nameId = useId();
  const { held, lines } = member;
  return (
    <Paper component="li" withBorder p="xs" radius="sm" aria-labelledby={nameId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600} size="sm" id={nameId}>
            {name}
          </Text>
          <Group gap="xs">
            {member.billed && (
              <Badge variant="outline" color="gray" c="dark.7" tt="none">
                Billed already
              </Badge>
            )}
            {held ? (
              <Badge variant="light" color="yellow" c="dark.7" tt="none">
                Held
              </Badge>
            ) : lines.length > 0 ? (
              <Badge variant="light" color="teal" c="teal.9" tt="none">
                {lines.length === 1 ? '1 line' : `${lines.length} lines`}
              </Badge>
            ) : (
              <Badge variant="light" color="gray" c="dark.7" tt="none">
                No charge
              </Badge>
            )}
          </Group>
        </Group>
        {held ? (
          <HoldView reason={held.reason} message={held.message} patientId={member.patientId} noteShown={noteShown} />
        ) : lines.length === 0 ? (
          <Text size="sm" c="dimmed">
            {status ? `${statusLabel(status)}: ` : ''}absences and attendance without minutes produce no charge.
          </Text>
        ) : (
          lines.map((line, i) => <LineView key={i} line={line} session={session} />)
        )}
      </Stack>
    </Paper>
  );
}

function HoldView({
  reason,
  message,
  patientId,
  noteShown,
}: {
  reason: string;
  message: string;
  patientId: string;
  noteShown: boolean;
}) {
  const fix = holdFix(reason);
  // A viewer who cannot read the note (a biller) has nothing on this page to jump to.
  const reachable = fix && !(fix.kind === 'page' && fix.anchor === SESSION_ANCHORS.groupNote && !noteShown);
  return (
    <Stack gap={2}>
      <Group gap="sm" wrap="wrap">
        <Group gap={4} wrap="nowrap">
          <IconHandStop size={16} color="var(--mantine-color-orange-8)" aria-hidden />
          <Text size="sm" fw={600}>
            {holdLabel(reason)}
          </Text>
        </Group>
        {reachable && <FixLink fix={fix} patientId={patientId} />}
      </Group>
      <Text size="xs" c="dimmed">
        {holdMessage(reason, message)}
      </Text>
    </Stack>
  );
}

function FixLink({ fix, patientId }: { fix: HoldFix; patientId: string }) {
  if (fix.kind === 'page') {
    return (
      <Anchor
        href={`#${fix.anchor}`}
        size="sm"
        onClick={(e) => {
          // In-page: move the focus too; the plain href stays for opening elsewhere.
          if (goToPart(fix.anchor)) e.preventDefault();
        }}
      >
        {fix.label}
      </Anchor>
    );
  }
  return (
    <Anchor component={Link} to={`/patients/${patientId}?tab=${fix.tab}`} size="sm">
      {fix.label}
    </Anchor>
  );
}

const staffName = (session: SessionDetail, staffId: string | undefined) => {
  if (!staffId) return null;
  const facilitator = session.facilitators.find((f) => f.staffId === staffId);
  return facilitator ? formatName(facilitator.name) : staffId;
};

function LineView({ line, session }: { line: PreviewLine; session: SessionDetail }) {
  const [traceShown, setTraceShown] = useState(false);
  const traceId = useId();
  const supervising = staffName(session, line.supervisingStaffId);
  return (
    <Stack gap={4}>
      <SimpleGrid cols={{ base: 2, xs: 4, lg: 8 }} spacing="xs" verticalSpacing={4}>
        {/* Institutional lines carry a revenue code (837I SV201, UB-04 FL 42); professional ones do not (837P SV1). */}
        <DetailItem label="Format">{line.revenueCode ? '837I (UB-04)' : '837P (CMS-1500)'}</DetailItem>
        <DetailItem label="Revenue code">{line.revenueCode}</DetailItem>
        <DetailItem label="HCPCS/CPT">{line.procedureCode}</DetailItem>
        <DetailItem label="Modifiers">{line.modifiers.join(' ')}</DetailItem>
        <DetailItem label="Units">{line.units}</DetailItem>
        <DetailItem label="Charge">{formatCents(line.chargeCents)}</DetailItem>
        <DetailItem label="Place of service">{line.placeOfService}</DetailItem>
        <DetailItem label="Rendering">{staffName(session, line.renderingStaffId)}</DetailItem>
      </SimpleGrid>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text size="xs" c="dimmed">
          {supervising ? `Supervising: ${supervising}` : ''}
        </Text>
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconListDetails size={14} aria-hidden />}
          aria-expanded={traceShown}
          aria-controls={traceId}
          onClick={() => setTraceShown((shown) => !shown)}
        >
          {traceShown ? 'Hide rule trace' : 'Show rule trace'}
        </Button>
      </Group>
      <RuleTrace trace={line.trace} id={traceId} hidden={!traceShown} />
    </Stack>
  );
}
