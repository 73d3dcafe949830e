// Sites keep clinic-local dates and times in their IANA zone (DESIGN §3.7).
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/**
 * The name to store for a time zone the runtime's tz database knows, or undefined for an unknown
 * one. Offsets such as "+05:00" are refused even where newer ECMA-402 runtimes accept them: they
 * have no daylight-saving rules. A name that differs only in case takes the database's spelling.
 */
export function ianaTimeZone(name: string): string | undefined {
  if (!IANA_NAME.test(name)) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  // Aliases (Asia/Kolkata → Asia/Calcutta in ICU) stay as written: both name the same rules.
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}
