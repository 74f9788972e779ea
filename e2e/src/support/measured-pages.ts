import { gzipSync } from 'node:zlib';
import { sessionCookie } from './cabinet';
import { arrangeGroupSetting, handedOverCertificate } from './navigator';

/**
 * The pages `npm run lighthouse` and `npm run bench:main-thread` measure: the landing page, the visitor's sign-in,
 * and the signed-in pages of the cabinet, the registry and the navigator (a certificate holder's and a provider's
 * too), each loaded with its user's cookie.
 */
export interface MeasuredPage {
  name: string;
  path: string;
  /** The demo account whose session cookie the page is loaded with; none for a visitor. */
  login?: string;
}

async function graphql<T>(webUrl: string, cookie: string | undefined, query: string): Promise<T> {
  const response = await fetch(`${webUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * The pages, with the session cookie of each demo account they use. `only` (words of the pages' names, from
 * `LIGHTHOUSE_PAGES`) picks some of them.
 */
export async function measuredPages(
  webUrl: string,
  only?: string[],
): Promise<{ pages: MeasuredPage[]; cookies: Record<string, string> }> {
  const parent = await sessionCookie(webUrl, 'parent');
  const operator = await sessionCookie(webUrl, 'operator@demo.ru');
  const children = await graphql<{ me: { children: { id: string }[] } }>(webUrl, parent, '{ me { children { id } } }');
  const register = await graphql<{ applicationRegister: { applications: { number: string }[] } }>(
    webUrl,
    operator,
    '{ applicationRegister(tab: ALL, first: 1) { applications { number } } }',
  );
  const catalogue = await graphql<{ catalogue: { programs: { id: string }[] } }>(
    webUrl,
    undefined,
    '{ catalogue(first: 1) { programs { id } } }',
  );
  // A certificate the registry has handed to the navigator, and its holder signed in: the holder's pages.
  await arrangeGroupSetting(webUrl);
  const certificate = await handedOverCertificate(webUrl, { activate: true });
  const holder = await sessionCookie(webUrl, certificate.number, certificate.password);
  const provider = await sessionCookie(webUrl, 'provider@demo.ru');
  const childId = children.me.children[0].id;
  const applicationNumber = register.applicationRegister.applications.at(0)?.number;
  const programId = catalogue.catalogue.programs.at(0)?.id;

  const pages: MeasuredPage[] = [
    { name: 'landing', path: '/' },
    { name: 'cabinet sign-in (visitor)', path: '/cabinet/children' },
    { name: 'cabinet children', path: '/cabinet/children', login: 'parent' },
    { name: 'cabinet additional-education', path: '/cabinet/services/additional-education', login: 'parent' },
    { name: 'cabinet child application', path: `/cabinet/children/${childId}/application`, login: 'parent' },
    { name: 'cabinet about', path: '/cabinet/about', login: 'parent' },
    { name: 'registry home', path: '/registry', login: 'operator@demo.ru' },
    { name: 'registry register', path: '/registry/applications', login: 'operator@demo.ru' },
    { name: 'registry new application', path: '/registry/applications/new', login: 'operator@demo.ru' },
    ...(applicationNumber
      ? [
          {
            name: 'registry application',
            path: `/registry/applications/${applicationNumber}`,
            login: 'operator@demo.ru',
          },
        ]
      : []),
    { name: 'registry certificates', path: '/registry/certificates', login: 'operator@demo.ru' },
    { name: 'registry certificate', path: `/registry/certificates/${certificate.number}`, login: 'operator@demo.ru' },
    { name: 'navigator holder cabinet', path: '/navigator', login: 'holder' },
    { name: 'navigator holder settings', path: '/navigator/settings', login: 'holder' },
    { name: 'navigator provider contracts', path: '/navigator/contracts', login: 'provider@demo.ru' },
    { name: 'navigator programs', path: '/navigator/programs' },
    ...(programId ? [{ name: 'navigator program', path: `/navigator/programs/${programId}` }] : []),
  ];
  const chosen = only?.length ? pages.filter((page) => only.some((word) => page.name.includes(word))) : pages;
  return { pages: chosen, cookies: { parent, 'operator@demo.ru': operator, holder, 'provider@demo.ru': provider } };
}

/** The scripts a page's server HTML names, fetched and gzipped as a browser with an empty cache would. */
export async function javascriptOf(
  webUrl: string,
  path: string,
  cookie?: string,
): Promise<{ raw: number; gzip: number }> {
  const html = await (await fetch(`${webUrl}${path}`, { headers: cookie ? { cookie } : {} })).text();
  // `nomodule` scripts (Next.js's legacy polyfills) are loaded by no browser that runs modules.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter(
    (match) => !/\snomodule/i.test(`${match[1]} ${match[3]}`),
  );
  const sources = [...new Set(tags.map((match) => match[2]))];
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source.replace(/&amp;/g, '&'), webUrl))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}
