import { portalList } from './_auth/portals';
import { Main } from './_ui/main';
import styles from './page.module.css';

export default function HomePage() {
  return (
    <Main>
      <section className={styles.intro} aria-labelledby="intro-title">
        <h1 id="intro-title">Реестр сертификатов дополнительного образования Кемеровской области</h1>
        <p className={styles.lead}>
          Сертификат дополнительного образования выдаётся детям от 5 до 18 лет. С ним ребёнок записывается в кружки и
          секции, а обучение по сертифицированным программам оплачивает муниципалитет.
        </p>
      </section>
      <section aria-labelledby="entrances-title">
        <h2 id="entrances-title">Выберите вход</h2>
        <ul className={styles.entrances}>
          {portalList.map((portal) => (
            <li key={portal.href}>
              <a href={portal.href} className={styles.entrance}>
                <span className={styles.entranceName}>{portal.name}</span>
                <span className={styles.entranceSummary}>{portal.summary}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </Main>
  );
}
