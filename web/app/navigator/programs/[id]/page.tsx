import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CatalogueProgramPageDocument } from '@/gql/graphql';
import { formatDate } from '../../../_ui/format';
import { Main } from '../../../_ui/main';
import { catalogueQuery } from '../_catalogue/catalogue-query';
import styles from '../_catalogue/catalogue.module.css';
import { formName, registryName } from '../_catalogue/params';
import { priceText } from '../_catalogue/program-card';
import { RegistryIcon } from '../_catalogue/registry-icon';
import { EnrollPanel } from './_enroll/enroll-panel';
import { ProgramRating } from './_rating/program-rating';

export const metadata: Metadata = { title: 'Программа — Навигатор' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The program page (seed 002): its content, groups with schedule and places, price, provider. */
export default async function ProgramPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const answer = await catalogueQuery(CatalogueProgramPageDocument, { id });
  if (answer.status !== 'ok') {
    return (
      <Main>
        <h1>Программа</h1>
        <p className="notice notice-error" role="alert">
          Не удалось получить программу. Попробуйте ещё раз позже.
        </p>
      </Main>
    );
  }
  const program = answer.data.catalogueProgram;
  if (!program) notFound();
  const provider = program.provider;
  return (
    <Main>
      <p>
        <Link href="/navigator/programs" className="back-link">
          К поиску программ
        </Link>
      </p>
      <h1 className={styles.pageTitle}>
        <RegistryIcon registry={program.registry} /> {program.title}
      </h1>
      <dl className="facts">
        <dt>Реестр</dt>
        <dd>{registryName(program.registry)}</dd>
        <dt>Возраст детей</dt>
        <dd>
          от {program.ageFrom} до {program.ageTo} лет
        </dd>
        <dt>Форма обучения</dt>
        <dd>{formName(program.formOfStudy)}</dd>
        <dt>Продолжительность</dt>
        <dd>
          {program.durationMonths} мес.{program.hoursTotal > 0 ? `, ${program.hoursTotal} ч` : ''}
        </dd>
        <dt>Стоимость</dt>
        <dd>{priceText(program.priceKopecks)}</dd>
        <dt>Муниципалитет</dt>
        <dd>{program.municipality.name}</dd>
      </dl>
      <h2>О программе</h2>
      <p>{program.description}</p>
      {program.content.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}

      <h2>Группы</h2>
      {program.groups.length === 0 ? (
        <p className="muted">Набор в группы пока не объявлен.</p>
      ) : (
        <ul className={styles.results}>
          {program.groups.map((group) => (
            <li key={group.id} className={styles.card} data-testid="program-group">
              <h3 className={styles.cardTitle}>{group.name}</h3>
              <dl className={styles.groupFacts}>
                <dt>Расписание</dt>
                <dd>{group.scheduleText}</dd>
                <dt>Обучение</dt>
                <dd>
                  с {formatDate(group.startsOn)} по {formatDate(group.endsOn)}
                </dd>
                <dt>Места</dt>
                <dd>
                  Свободных мест: {group.freePlaces} из {group.placesTotal}
                </dd>
                <dt>Адрес занятий</dt>
                <dd>
                  {group.placeOfStudy
                    ? [group.placeOfStudy.name, group.placeOfStudy.address].filter(Boolean).join(', ')
                    : 'Дистанционно'}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <EnrollPanel groups={program.groups} role={answer.data.me?.role ?? null} />
      <ProgramRating summary={program.ratingSummary} />

      {provider && (
        <section aria-labelledby="program-provider">
          <h2 id="program-provider">Организация</h2>
          <p>
            <Link href={`/navigator/organizations/${provider.id}`}>{provider.name}</Link>
          </p>
          <p>
            {provider.address}
            {provider.phone && <>, тел. {provider.phone}</>}
          </p>
        </section>
      )}
    </Main>
  );
}
