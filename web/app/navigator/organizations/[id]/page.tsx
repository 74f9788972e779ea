import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CatalogueOrganizationDocument } from '@/gql/graphql';
import { Main } from '../../../_ui/main';
import { catalogueQuery } from '../../programs/_catalogue/catalogue-query';
import styles from '../../programs/_catalogue/catalogue.module.css';
import { priceText } from '../../programs/_catalogue/program-card';
import { RegistryIcon } from '../../programs/_catalogue/registry-icon';
import { MapToggle } from '../../programs/_map/map-toggle';

export const metadata: Metadata = { title: 'Организация — Навигатор' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organization page (seed 002): its card, places of study and programs. */
export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const answer = await catalogueQuery(CatalogueOrganizationDocument, { id });
  if (answer.status !== 'ok') {
    return (
      <Main>
        <h1>Организация</h1>
        <p className="notice notice-error" role="alert">
          Не удалось получить организацию. Попробуйте ещё раз позже.
        </p>
      </Main>
    );
  }
  const provider = answer.data.catalogueProvider;
  if (!provider) notFound();
  return (
    <Main>
      <p>
        <Link href="/navigator/organizations" className="back-link">
          К поиску организаций
        </Link>
      </p>
      <h1>{provider.name}</h1>
      <dl className="facts">
        <dt>Муниципалитет</dt>
        <dd>{provider.municipality.name}</dd>
        <dt>Адрес</dt>
        <dd>{provider.address || '—'}</dd>
        <dt>Телефон</dt>
        <dd>{provider.phone || '—'}</dd>
        <dt>Сайт</dt>
        <dd>{provider.site ? <a href={provider.site}>{provider.site}</a> : '—'}</dd>
      </dl>
      {provider.placesOfStudy.length > 0 && (
        <>
          <h2>Места реализации программ</h2>
          <ul className="plain-list">
            {provider.placesOfStudy.map((place) => (
              <li key={place.id}>{[place.name, place.address].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </>
      )}
      <MapToggle providerId={provider.id} />
      <h2>Программы</h2>
      {provider.programs.length === 0 ? (
        <p className="muted">Программ пока нет.</p>
      ) : (
        <ul className={styles.results}>
          {provider.programs.map((program) => (
            <li key={program.id} className={styles.card}>
              <h3 className={styles.cardTitle}>
                <RegistryIcon registry={program.registry} />
                <Link href={`/navigator/programs/${program.id}`}>{program.title}</Link>
              </h3>
              <p className={styles.cardFacts}>
                {program.ageFrom}–{program.ageTo} лет · {priceText(program.priceKopecks)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Main>
  );
}
