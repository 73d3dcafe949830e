import { Badge, Stack, Text } from '@mantine/core';
import type { Signature } from './documents.api';
import { formatWhen, signerName, statusLabel } from './document-format';

/** Draft, signed or co-signed; the colours keep 4.5:1 text contrast (WCAG 1.4.3). */
export function NoteStatusBadge({ status }: { status: string }) {
  const look =
    status === 'draft'
      ? { color: 'yellow.4', c: 'dark.9' }
      : status === 'signed'
        ? { color: 'teal', variant: 'light', c: 'teal.9' }
        : { color: 'teal' };
  return (
    <Badge tt="none" miw="max-content" {...look}>
      {statusLabel(status)}
    </Badge>
  );
}

interface SignatureLinesProps {
  signature: Signature | null;
  cosignature: Signature | null;
}

/** Who signed and co-signed, with credentials and time; nothing while the note is a draft. */
export function SignatureLines({ signature, cosignature }: SignatureLinesProps) {
  if (!signature) return null;
  return (
    <Stack gap={2}>
      <Text size="sm">
        Signed by <strong>{signerName(signature)}</strong> on {formatWhen(signature.at)}
      </Text>
      {cosignature && (
        <Text size="sm">
          Co-signed by <strong>{signerName(cosignature)}</strong> on {formatWhen(cosignature.at)}
        </Text>
      )}
    </Stack>
  );
}
