import type { Metadata } from 'next';
import Link from 'next/link';
import { CatalogueOrganizationsDocument } from '@/gql/graphql';
import { Main } from '../../_ui/main';
import { catalogueQuery } from '../programs/_catalogue/catalogue-query';
import { MapToggle } from '../programs/_map/map-toggle';

export const metadata: Metadata = { title: 'Организации — Навигатор' };

type RawParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

function href(params: { q?: string; municipality?: string; after?: string }) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value) as Array<[string, string]>);
  const text = query.toString();
  return `/navigator/organizations${text ? `?${text}` : ''}`;
}

/** Organization search (seed 002): by part of the name, with the municipality filter of «Расширенный поиск». */
export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const raw = await searchParams;
  const q = one(raw.q).slice(0, 200);
  const municipality = one(raw.municipality);
  const after = one(raw.after);
  const answer = await catalogueQuery(CatalogueOrganizationsDocument, {
    text: q.trim() || undefined,
    municipalityId: municipality || undefined,
    after: after || undefined,
  });
  const data = answer.status === 'ok' ? answer.data : null;
  const providers = data?.catalogueProviders.providers ?? [];
  return (
    <Main>
      <h1>Организации</h1>
      <p className="muted">
        <Link href="/navigator/programs">Поиск программ</Link>
      </p>
      <form
        role="search"
        aria-label="Поиск организаций"
        action="/navigator/organizations"
        method="get"
        className="page-panel"
      >
        <div className="field">
          <label htmlFor="organizations-q">Наименование организации</label>
          <input id="organizations-q" name="q" type="search" defaultValue={q} maxLength={100} />
        </div>
        <details open={Boolean(municipality) || undefined}>
          <summary>Расширенный поиск</summary>
          <div className="field">
            <label htmlFor="organizations-municipality">Муниципалитет</label>
            <select id="organizations-municipality" name="municipality" defaultValue={municipality}>
              <option value="">Все</option>
              {(data?.catalogueMunicipalities ?? []).map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
          </div>
        </details>
        <div className="actions">
          <button type="submit" className="button button-primary">
            Найти
          </button>
        </div>
      </form>
      <MapToggle municipalityId={municipality || undefined} />
      {answer.status === 'invalid' && (
        <p className="notice notice-error" role="alert">
          {Object.values(answer.fields).join('. ')}
        </p>
      )}
      {answer.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          Не удалось получить организации. Попробуйте ещё раз позже.
        </p>
      )}
      {data && (
        <section aria-labelledby="organizations-results">
          <h2 id="organizations-results">
            {providers.length === 0 ? 'Организации не найдены' : 'Найденные организации'}
          </h2>
          <ul className="plain-list" data-testid="organization-results">
            {providers.map((provider) => (
              <li key={provider.id}>
                <Link href={`/navigator/organizations/${provider.id}`}>{provider.name}</Link>
                <br />
                <span className="muted">
                  {provider.municipality.name} · {provider.address}
                </span>
              </li>
            ))}
          </ul>
          {data.catalogueProviders.nextCursor && (
            <p>
              <Link href={href({ q, municipality, after: data.catalogueProviders.nextCursor })}>
                Следующие организации
              </Link>
            </p>
          )}
        </section>
      )}
    </Main>
  );
}
