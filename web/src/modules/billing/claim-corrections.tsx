import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBan, IconReplace } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/errors';
import { can } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { notifySuccess } from '../../ui/notify';
import { Section } from '../../ui/section';
import { useCorrectClaim, type Claim, type Correction } from './billing.api';

/** What a payer has received (the server's rule: a rejected claim is sent again, not corrected). */
const SENT = new Set(['batched', 'submitted', 'accepted', 'paid', 'partially_paid', 'denied']);

const COPY: Record<Correction, { action: string; title: string; body: string; done: string }> = {
  replacement: {
    action: 'Replace',
    title: 'Send a replacement claim?',
    body: 'A replacement (frequency 7) is built from the current attendance, notes, coverage and authorization of the services this claim billed, and takes this claim’s place at the payer. This claim becomes Replaced.',
    done: 'Replacement claim made',
  },
  void: {
    action: 'Void',
    title: 'Void this claim?',
    body: 'A void (frequency 8) repeats this claim as sent and asks the payer to cancel it. Its services are released, so a later billing run may bill them again, for instance to the right payer. This claim becomes Voided.',
    done: 'Void claim made',
  },
};

/**
 * Corrections of a claim the payer has (BILLING-RULES §1): a claim in a batch never changes; a
 * replacement (frequency 7) or a void (frequency 8) of it is sent instead, in the next batch.
 */
export function ClaimCorrections({ claim }: { claim: Claim }) {
  const allowed = can(useRoles(), 'runBilling');
  const correctable = SENT.has(claim.status) && claim.frequency !== '8';
  return (
    <Section title="Corrections">
      <Stack gap="sm">
        <Text size="sm" data-testid="claim-corrections">
          {claim.frequency === '8'
            ? 'This is a void claim: it cannot be corrected.'
            : claim.status === 'replaced' || claim.status === 'voided'
              ? 'This claim has been corrected: its replacement or void claim takes its place at the payer, in the next batch.'
              : correctable
                ? 'This claim is with the payer and no longer changes. A correction goes to the payer as a replacement claim (frequency 7) or cancels it as a void (frequency 8).'
                : 'This claim has not gone to the payer yet. Replacement (frequency 7) and void (frequency 8) claims correct a claim once it is batched.'}
        </Text>
        {allowed && correctable && (
          <Group gap="sm">
            <CorrectionButton claim={claim} kind="replacement" />
            <CorrectionButton claim={claim} kind="void" />
          </Group>
        )}
      </Stack>
    </Section>
  );
}

function CorrectionButton({ claim, kind }: { claim: Claim; kind: Correction }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [failure, setFailure] = useState<string | null>(null);
  const correct = useCorrectClaim(kind);
  const navigate = useNavigate();
  const text = COPY[kind];
  const confirm = () =>
    correct.mutate(claim.id, {
      onSuccess: (made) => {
        close();
        notifySuccess(`${text.done}: ${made.id}`);
        void navigate(`/billing/claims/${made.id}`);
      },
      onError: (error) => setFailure(errorMessage(error)),
    });
  return (
    <>
      <Button
        variant="default"
        color={kind === 'void' ? 'red.9' : undefined}
        leftSection={kind === 'void' ? <IconBan size={16} aria-hidden /> : <IconReplace size={16} aria-hidden />}
        onClick={() => {
          setFailure(null);
          open();
        }}
      >
        {text.action}
      </Button>
      <Modal opened={opened} onClose={close} title={text.title}>
        <Stack gap="md">
          <Text size="sm">{text.body}</Text>
          {failure && (
            <Alert color="red" variant="light" title="Not corrected" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button color={kind === 'void' ? 'red.9' : undefined} loading={correct.isPending} onClick={confirm}>
              {text.action}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
