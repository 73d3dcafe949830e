// How notes read on screen: status words, signer names with credentials, and times.
import dayjs from 'dayjs';
import type { Signature } from './documents.api';

export const STATUS_LABELS: Record<string, string> = { draft: 'Draft', signed: 'Signed', cosigned: 'Co-signed' };
export const statusLabel = (status: string): string => STATUS_LABELS[status] ?? status;

/** "11/23/2026 14:05" in the browser's zone: notes and signatures are read to the minute. */
export const formatWhen = (instant: string): string => dayjs(instant).format('MM/DD/YYYY HH:mm');

/** "Dana Whitfield, LCSW": a signature shows the credentials held when it was made. */
export const signerName = (signature: Signature): string =>
  signature.credentials ? `${signature.name}, ${signature.credentials}` : signature.name;
