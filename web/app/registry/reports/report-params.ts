import { REGION_TIME_ZONE } from '@pfdo/platform/services';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the region, YYYY-MM-DD. */
function regionToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: REGION_TIME_ZONE }).format(new Date());
}

/**
 * The report's period and municipality from the page's address (`?from=&to=&municipality=`); without them,
 * the current month so far. A date typed wrong goes to the server as it is, which names the field.
 */
export function reportVariables(params: Record<string, string>) {
  const today = regionToday();
  const from = params.from && DATE.test(params.from) ? params.from : params.from || `${today.slice(0, 8)}01`;
  const to = params.to && DATE.test(params.to) ? params.to : params.to || today;
  return { from, to, municipalityId: params.municipality || null };
}
