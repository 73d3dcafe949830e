// One interchange per batch (BILLING-RULES §5): ISA/GS around one or more 837 transaction sets, each
// holding at most 5,000 claims (the TR3s' recommended CLM limit per ST–SE), the claims under their
// billing provider (2000A) and subscriber (2000B) and, for a dependent, patient (2000C) levels. The
// envelope's counts and control numbers are the X12 toolkit's (x12/README.md), never computed here.
import { flatten, loop, segment, serialize, type Loop, type Part, type TransactionSet } from '../x12/index.ts';
import type { Claim } from '../claim-model.ts';
import { EdiBuildError } from './build-error.ts';
import { claimParts, type ClaimPart } from './claim-parts.ts';
import { d8 } from './edi-values.ts';
import { billingProvider, insured, submitterAndReceiver, type Insured, type Submitter } from './parties.ts';

export interface EdiEnvelope {
  /** ISA05/ISA06 (qualifier, e.g. `ZZ`, and id); the id is also GS02. */
  sender: { qualifier: string; id: string };
  /** ISA07/ISA08; the id is also GS03 and the receiver's id in 1000B. */
  receiver: { qualifier: string; id: string };
  /** The interchange control number reserved for this file: ISA13/IEA02, GS06/GE02 (one group). */
  controlNumber: number;
  /** When the file is made, clinic-local wall time `YYYY-MM-DDTHH:MM[:SS]`: ISA09/10, GS04/05, BHT04/05. */
  createdAt: string;
  submitter: Submitter;
  /** 1000B NM103. */
  receiverName: string;
  /** ISA15: production or test data. */
  usage: 'P' | 'T';
  /** Written after each segment terminator (`\n` for a file people read); none by default. */
  lineEnding?: string;
}

export interface ClaimFormat {
  format: Claim['format'];
  /** ST03 and GS08. */
  implementation: string;
  /** How often the 2400 loop may repeat in one claim. */
  maxLines: number;
  /** The 2300 loop of one claim part. */
  claimLoop: (part: ClaimPart) => Loop;
}

/** TR3 (X222A1, X223A2) front matter: at most 5,000 CLM segments per transaction set. */
export const MAX_CLAIMS_PER_TRANSACTION = 5000;
/** The 2300 loop repeats at most 100 times under one subscriber or patient level (pyx12 maps). */
export const MAX_CLAIMS_PER_HL = 100;

const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/;

export function buildClaimFile(spec: ClaimFormat, claims: readonly Claim[], envelope: EdiEnvelope): string {
  if (claims.length === 0) throw new EdiBuildError('a claim file needs at least one claim', null, 'claims');
  const time = LOCAL_TIME.exec(envelope.createdAt);
  if (!time) throw new EdiBuildError(`"${envelope.createdAt}" is not a local date-time`, null, 'createdAt');
  const [, day = '', hour, minute] = time;
  const date = d8(day, null, 'createdAt');
  const hhmm = `${hour}${minute}`;

  const parts = claims.flatMap((claim) => {
    if (claim.format !== spec.format) {
      throw new EdiBuildError(`an ${claim.format} claim cannot go in an ${spec.format} file`, claim.claimId, 'format');
    }
    return claimParts(claim, spec.maxLines);
  });
  const transactions: TransactionSet[] = chunk(parts, MAX_CLAIMS_PER_TRANSACTION).map((setParts, s) => ({
    code: '837',
    implementation: spec.implementation,
    body: [
      // BHT: 0019 claim structure, 00 original, the set's own reference, CH chargeable claims.
      segment('BHT', '0019', '00', `${envelope.controlNumber}-${s + 1}`, date, hhmm, 'CH'),
      ...submitterAndReceiver(envelope.submitter, envelope.receiverName, envelope.receiver.id),
      ...hierarchy(setParts, spec.claimLoop),
    ],
  }));
  return serialize(
    {
      sender: envelope.sender,
      receiver: envelope.receiver,
      date,
      time: hhmm,
      controlNumber: envelope.controlNumber,
      usage: envelope.usage,
      groups: [
        {
          functionalId: 'HC', // GS01 HC: health care claim
          sender: envelope.sender.id,
          receiver: envelope.receiver.id,
          version: spec.implementation,
          transactions,
        },
      ],
    },
    { lineEnding: envelope.lineEnding ?? '' },
  );
}

interface Placed extends Insured {
  part: ClaimPart;
  provider: Part[];
}

/**
 * The HL levels of one transaction set. HL01 counts from 1 in document order, HL02 names the parent.
 * Claims share a level when everything the level writes is the same, in order of first appearance.
 */
function hierarchy(parts: readonly ClaimPart[], claimLoop: ClaimFormat['claimLoop']): Part[] {
  let hl = 0;
  const nextId = () => String(++hl);
  const placed: Placed[] = parts.map((part) => ({
    part,
    provider: billingProvider(part.claim.billingProvider),
    ...insured(part.claim),
  }));
  const claimsOf = (group: readonly Placed[]) => group.map(({ part }) => claimLoop(part));

  return groupBy(placed, (p) => p.provider).map(([provider, providerGroup]) => {
    const providerId = nextId();
    const subscribers = groupBy(providerGroup, (p) => p.subscriber).flatMap(([subscriber, subscriberGroup]) => {
      // SBR02 is 18 exactly when the patient is the subscriber, so a subscriber group is all one kind.
      if (subscriberGroup[0]?.patient === null) {
        // HL04 0: the claims hang from the subscriber level.
        return chunk(subscriberGroup, MAX_CLAIMS_PER_HL).map((group) =>
          loop('2000B', segment('HL', nextId(), providerId, '22', '0'), ...subscriber, ...claimsOf(group)),
        );
      }
      const subscriberId = nextId();
      const patients = groupBy(subscriberGroup, (p) => p.patient ?? []).flatMap(([patient, patientGroup]) =>
        chunk(patientGroup, MAX_CLAIMS_PER_HL).map((group) =>
          loop('2000C', segment('HL', nextId(), subscriberId, '23', '0'), ...patient, ...claimsOf(group)),
        ),
      );
      // HL04 1: patient levels (2000C) follow.
      return [loop('2000B', segment('HL', subscriberId, providerId, '22', '1'), ...subscriber, ...patients)];
    });
    return loop('2000A', segment('HL', providerId, '', '20', '1'), ...provider, ...subscribers);
  });
}

/** Items grouped by the segments a level would write for them, groups in order of first appearance. */
function groupBy<T>(items: readonly T[], content: (item: T) => Part[]): [Part[], T[]][] {
  const groups = new Map<string, [Part[], T[]]>();
  for (const item of items) {
    const parts = content(item);
    const key = JSON.stringify(flatten(...parts));
    const group = groups.get(key);
    if (group) group[1].push(item);
    else groups.set(key, [parts, [item]]);
  }
  return [...groups.values()];
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
