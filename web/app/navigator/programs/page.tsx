import type { Metadata } from 'next';
import Link from 'next/link';
import { CataloguePageDocument } from '@/gql/graphql';
import { Main } from '../../_ui/main';
import { CatalogueForm } from './_catalogue/catalogue-form';
import { catalogueQuery } from './_catalogue/catalogue-query';
import styles from './_catalogue/catalogue.module.css';
import { catalogueHref, filterOf, readParams, type RawParams } from './_catalogue/params';
import { ProgramCard } from './_catalogue/program-card';
import { RegistryLegend } from './_catalogue/registry-icon';
import { MapToggle } from './_map/map-toggle';

export const metadata: Metadata = { title: 'Навигатор программ' };

const PAGE_SIZE = 20;

/**
 * «НАВИГАТОР» (seed 002): programs found by typing part of a name, «Расширенный поиск», the registry icons,
 * «Исключить…» for a certificate holder, the map. Public: the server renders the results of the address's
 * search, so that the page works without JavaScript, and the form replaces the address as the visitor types.
 */
export default async function CataloguePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = readParams(await searchParams);
  const { filter, problems } = filterOf(params);
  const text = params.q.trim();
  const answer = await catalogueQuery(CataloguePageDocument, {
    filter,
    first: PAGE_SIZE,
    after: params.after || undefined,
    providerText: text || undefined,
    withProviders: Boolean(text),
  });
  const fields = answer.status === 'invalid' ? { ...problems, ...answer.fields } : problems;
  const data = answer.status === 'ok' ? answer.data : null;
  const holder = data?.me?.role === 'CERTIFICATE_HOLDER';
  const programs = data?.catalogue.programs ?? [];
  const providers = data?.catalogueProviders?.providers ?? [];

  return (
    <Main>
      <h1>Навигатор</h1>
      <p className="muted">
        Программы дополнительного образования и организации Кемеровской области.{' '}
        <Link href="/navigator/organizations">Поиск организаций</Link>
      </p>
      <CatalogueForm
        params={params}
        municipalities={data?.catalogueMunicipalities.map((m) => ({ id: m.id, name: m.name ?? m.id })) ?? []}
        holder={holder}
        problems={fields}
      />
      <RegistryLegend />
      <MapToggle municipalityId={params.municipality || undefined} />
      {answer.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          Не удалось получить программы. Попробуйте ещё раз позже.
        </p>
      )}
      {answer.status === 'invalid' && fields.text && (
        <p className="notice notice-error" role="alert">
          {fields.text}
        </p>
      )}
      {answer.status === 'invalid' && fields.excludeUnavailable && (
        <p className="notice notice-error" role="alert">
          {fields.excludeUnavailable}
        </p>
      )}
      {data && (
        <section aria-labelledby="catalogue-results">
          <p className="visually-hidden" role="status">
            {programs.length === 0 ? 'Программы не найдены' : `Найдено программ на странице: ${programs.length}`}
          </p>
          {providers.length > 0 && (
            <>
              <h2>Организации</h2>
              <ul className="plain-list" data-testid="provider-results">
                {providers.map((provider) => (
                  <li key={provider.id}>
                    <Link href={`/navigator/organizations/${provider.id}`}>{provider.name}</Link>, {provider.address}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h2 id="catalogue-results">
            {programs.length === 0
              ? 'Программы не найдены'
              : `Программы${data.catalogue.nextCursor || params.after ? '' : `: ${programs.length}`}`}
          </h2>
          {programs.length === 0 ? (
            <p className="muted">Измените условия поиска.</p>
          ) : (
            <ul className={styles.results}>
              {programs.map((program) => (
                <ProgramCard key={program.id} program={program} />
              ))}
            </ul>
          )}
          <div className="actions">
            {params.after && <Link href={catalogueHref({ ...params, after: '' })}>В начало списка</Link>}
            {data.catalogue.nextCursor && (
              <Link href={catalogueHref({ ...params, after: data.catalogue.nextCursor })}>Следующие программы</Link>
            )}
          </div>
        </section>
      )}
    </Main>
  );
}
