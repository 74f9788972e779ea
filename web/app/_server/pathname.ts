/**
 * The request header in which the proxy (proxy.ts) hands a page's path to the server components that need it
 * (the header's site navigation): set on every page request, replacing whatever the browser sent.
 */
export const PATHNAME_HEADER = 'x-pfdo-pathname';
