import type { RoleQueries } from '../../../_apollo/role-queries';
import { ProviderEventsDocument, UpcomingEventsDocument } from './events.operations';

/** What «МЕРОПРИЯТИЯ» shows first, by role: asked with the session by the page's server render. */
export const EVENTS_PAGE_QUERIES: RoleQueries = {
  CERTIFICATE_HOLDER: [{ query: UpcomingEventsDocument, variables: {} }],
  PROVIDER: [{ query: ProviderEventsDocument }],
};
