import { Badge } from '@mantine/core';
import type { ClaimStatus } from './billing.api';
import { CLAIM_STATUSES, statusLabel } from './claim-words';

// Light badges with dark text keep 4.5:1 contrast; yellow and gray need near-black text for it.
const TEXT: Record<string, string> = { yellow: 'dark.7', gray: 'dark.7' };

/** A claim's lifecycle status in words, its colour only backing them. */
export function ClaimStatusBadge({ status }: { status: string }) {
  const color = CLAIM_STATUSES[status as ClaimStatus]?.color ?? 'gray';
  return (
    <Badge variant="light" color={color} c={TEXT[color] ?? `${color}.9`} tt="none" radius="sm">
      {statusLabel(status)}
    </Badge>
  );
}
