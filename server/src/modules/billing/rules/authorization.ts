// BILLING-RULES §3–§4: when the pack requires it, an authorization must cover the date, and each
// billed unit of service draws on it in the authorization's own unit (sessions, days or hours). Units
// are drawn in date order and count what earlier lines of the same run drew, so a run never bills
// past the units granted; the unit that would overdraw is held.
import type { AuthorizationFacts, ServiceLine, TraceStep } from '../claim-model.ts';
import { within } from './periods.ts';
import { held, type Held } from './verdict.ts';

export interface AuthorizationUse {
  date: string;
  sessions: number;
  minutes: number;
}

export interface Drawn {
  authorization: NonNullable<ServiceLine['authorization']>;
  step: TraceStep;
}

export interface AuthorizationLedger {
  draw(authorization: AuthorizationFacts | null, use: AuthorizationUse): Drawn | Held;
}

// Hours are counted in minutes so that sums stay exact; sessions and days in whole units.
const scaleOf = (unitType: AuthorizationFacts['unitType']) => (unitType === 'hours' ? 60 : 1);

function amountOf(unitType: AuthorizationFacts['unitType'], use: AuthorizationUse, dayCounted: boolean): number {
  if (unitType === 'days') return dayCounted ? 0 : 1;
  return unitType === 'sessions' ? use.sessions : use.minutes;
}

export function createAuthorizationLedger(): AuthorizationLedger {
  const drawn = new Map<string, number>();
  const daysDrawn = new Map<string, Set<string>>();
  return {
    draw(authorization, use) {
      if (!authorization) {
        return held(
          'no_authorization',
          `No authorization is on file for ${use.date}: record the payer's authorization.`,
        );
      }
      const { authorizationId: id, number, unitType } = authorization;
      if (!within(use.date, { from: authorization.startDate, to: authorization.endDate })) {
        return held(
          'no_authorization',
          `Authorization ${number} runs ${authorization.startDate} to ${authorization.endDate} and does not cover ${use.date}: record its renewal.`,
        );
      }
      const days = daysDrawn.get(id) ?? new Set<string>();
      const amount = amountOf(unitType, use, days.has(use.date));
      const scale = scaleOf(unitType);
      const available = Math.round((authorization.units - authorization.used) * scale);
      const before = drawn.get(id) ?? 0;
      if (amount > 0 && before + amount > available) {
        return held(
          'authorization_exhausted',
          `Authorization ${number} has ${(available - before) / scale} of ${authorization.units} ${unitType} left, too few for ${use.date}: ask the payer for more units.`,
        );
      }
      drawn.set(id, before + amount);
      if (unitType === 'days') daysDrawn.set(id, days.add(use.date));
      const units = amount / scale;
      return {
        authorization: { authorizationId: id, number, units },
        step: {
          rule: 'authorization',
          detail: `BILLING-RULES §3: ${number} draws ${units} ${unitType}, ${(available - before - amount) / scale} of ${authorization.units} left`,
        },
      };
    },
  };
}
