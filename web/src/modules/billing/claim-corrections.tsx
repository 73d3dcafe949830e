import { Text } from '@mantine/core';
import { Section } from '../../ui/section';
import type { Claim } from './billing.api';

/**
 * Corrections of a claim the payer has (BILLING-RULES §1): a claim in a batch never changes; a
 * replacement (frequency 7) or a void (frequency 8) of it is sent instead. The "Replace" and "Void"
 * actions belong here.
 */
export function ClaimCorrections({ claim }: { claim: Claim }) {
  return (
    <Section title="Corrections">
      <Text size="sm" data-testid="claim-corrections">
        {claim.batchId
          ? 'This claim is in a batch and no longer changes. A correction goes to the payer as a replacement claim (frequency 7) or cancels it as a void (frequency 8).'
          : 'This claim is not in a batch yet. Replacement (frequency 7) and void (frequency 8) claims correct a claim once it is batched or with the payer.'}
      </Text>
    </Section>
  );
}
