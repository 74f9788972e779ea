import { mapTilesOrigin } from './app/navigator/programs/_map/tiles';

/**
 * The web app's security headers, in one place: next.config.ts sends the static ones with every answer,
 * proxy.ts the per-request Content-Security-Policy of the pages.
 */

/** Sent with every answer: pages, route handlers (/graphql, uploads, documents) and static files. */
export const STATIC_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // For browsers without CSP frame-ancestors; the pages are framed by no one.
  { key: 'X-Frame-Options', value: 'DENY' },
  // Addresses carry application and child ids: other sites learn nothing from them.
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Answers of the route handlers are data, never documents: they may load and run nothing. */
export const DATA_ROUTE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Over HTTPS only (the reverse proxy in front says so): two years, the subdomains included. */
export const HSTS = { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' };

/**
 * The pages' policy: scripts only with this request's nonce (Next.js puts it on its own scripts) and what
 * they load ('strict-dynamic'); everything else from this origin; framed by no one.
 */
export function pageCsp(nonce: string, options: { https: boolean; development: boolean; explorer?: boolean }): string {
  const tilesOrigin = mapTilesOrigin();
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    // The developer portal's explorer (GraphiQL's Monaco editor) adds <style> elements without a nonce and has
    // its icon fonts inline, and runs its language services in workers of this origin: on its own route only.
    options.explorer ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    ...(options.explorer ? ["worker-src 'self' blob:"] : []),
    // The navigator's map draws the tile server's images (app/navigator/programs/_map/tiles.ts).
    `img-src 'self' blob: data:${tilesOrigin ? ` ${tilesOrigin}` : ''}`,
    options.explorer ? "font-src 'self' data:" : "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
