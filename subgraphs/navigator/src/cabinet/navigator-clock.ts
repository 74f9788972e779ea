import { ConfigError, EnvReader } from '@pfdo/platform';

export interface NavigatorConfig {
  /** The moment the certificate's money is counted at: the real clock, or NAVIGATOR_CLOCK's in tests. */
  now: () => Date;
}

/**
 * NAVIGATOR_CLOCK (tests only): an ISO 8601 moment (`2026-11-15T12:00:00+07:00`) the navigator takes for «now»,
 * so that a browser test can show the nominal of a chosen month. Refused in production, where only the real
 * clock counts money.
 */
export function readNavigatorConfig(reader: EnvReader): NavigatorConfig {
  const raw = reader.string('NAVIGATOR_CLOCK', '');
  if (!raw) return { now: () => new Date() };
  const fixed = new Date(raw);
  if (reader.production) throw new ConfigError(['NAVIGATOR_CLOCK is a test setting and must not be set in production']);
  if (Number.isNaN(fixed.getTime()))
    throw new ConfigError([`NAVIGATOR_CLOCK must be an ISO 8601 moment, got "${raw}"`]);
  return { now: () => new Date(fixed) };
}
