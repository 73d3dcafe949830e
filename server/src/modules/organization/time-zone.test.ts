import { describe, expect, it } from 'vitest';
import { ianaTimeZone } from './time-zone.ts';

describe('ianaTimeZone', () => {
  it('accepts IANA names, keeping aliases as written', () => {
    expect(ianaTimeZone('America/New_York')).toBe('America/New_York');
    expect(ianaTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(ianaTimeZone('UTC')).toBe('UTC');
  });

  it('takes the tz database spelling when only the case differs', () => {
    expect(ianaTimeZone('america/chicago')).toBe('America/Chicago');
  });

  it('refuses unknown zones and bare offsets', () => {
    for (const bad of ['Mars/Olympus_Mons', 'America/Nowhere', '+05:00', '-0800', '', 'America/', 'New York']) {
      expect(ianaTimeZone(bad)).toBeUndefined();
    }
  });
});
