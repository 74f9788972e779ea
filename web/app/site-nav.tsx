import { headers } from 'next/headers';
import { portalList } from './_auth/portals';
import { PATHNAME_HEADER } from './_server/pathname';

/**
 * The three entrances, with the current one marked for screen readers and the eye. A server component (no
 * JavaScript in the browser): the page's path comes from the proxy (proxy.ts). The root layout stays while one
 * navigates inside a portal, which keeps the mark right; plain links, since going to another portal is a page
 * load (each portal has its own client), which renders the header afresh.
 */
export async function SiteNav() {
  const pathname = (await headers()).get(PATHNAME_HEADER) ?? '';
  return (
    <nav aria-label="Разделы" className="site-nav">
      <ul>
        {portalList.map((portal) => (
          <li key={portal.href}>
            <a
              href={portal.href}
              aria-current={pathname === portal.href || pathname.startsWith(`${portal.href}/`) ? 'page' : undefined}
            >
              {portal.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
