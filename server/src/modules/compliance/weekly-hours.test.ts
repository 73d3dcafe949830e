import { describe, expect, it } from 'vitest';
import { hours, requiredMinutes, weekHours } from './weekly-hours.ts';

describe('weekHours', () => {
  it('is met once the attended minutes reach the minimum, whatever is still ahead', () => {
    expect(weekHours({ attended: 540, remaining: 0, required: 540 })).toMatchObject({ met: true, shortfallHours: 0 });
    expect(weekHours({ attended: 539, remaining: 600, required: 540 })).toMatchObject({
      met: false,
      shortfallHours: 0,
    });
  });
  it('projects attended plus remaining and names what even that leaves short', () => {
    expect(weekHours({ attended: 600, remaining: 330, required: 1200 })).toEqual({
      requiredHours: 20,
      attendedHours: 10,
      scheduledRemainingHours: 5.5,
      projectedHours: 15.5,
      shortfallHours: 4.5,
      met: false,
    });
  });
  it('rounds once, from minutes, to two decimals', () => {
    expect(hours(50)).toBe(0.83);
    expect(weekHours({ attended: 25, remaining: 25, required: 60 }).projectedHours).toBe(0.83);
    expect(requiredMinutes(9)).toBe(540);
    expect(requiredMinutes(12.5)).toBe(750);
  });
});
