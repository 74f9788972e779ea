import Link from 'next/link';
import type { CatalogueProgramCardFragment } from '@/gql/graphql';
import styles from './catalogue.module.css';
import { formName, rubles } from './params';
import { RegistryIcon } from './registry-icon';

/** The price line of a program: certified and paid ones a month, the budget registries free. */
export function priceText(priceKopecks: number | null | undefined): string {
  return priceKopecks == null ? 'Бесплатно (бюджетная программа)' : `${rubles(priceKopecks)} в месяц`;
}

/** One program in the results. */
export function ProgramCard({ program }: { program: CatalogueProgramCardFragment }) {
  return (
    <li className={styles.card} data-testid="program-card">
      <h3 className={styles.cardTitle}>
        <RegistryIcon registry={program.registry} />
        <Link href={`/navigator/programs/${program.id}`}>{program.title}</Link>
      </h3>
      <p className={styles.cardFacts}>
        {program.provider?.name ?? '—'} · {program.municipality.name ?? '—'}
      </p>
      <p className={styles.cardFacts}>
        {program.ageFrom}–{program.ageTo} лет · {formName(program.formOfStudy)} · {priceText(program.priceKopecks)} ·
        Свободных мест: {program.freePlaces}
      </p>
    </li>
  );
}
