import type { Metadata } from 'next';
import { Main } from '@/app/_ui/main';
import styles from '../developers.module.css';
import { ExplorerWithKey } from './explorer-with-key';

export const metadata: Metadata = { title: 'Проводник запросов API' };

/** «Проводник запросов»: GraphiQL with the partner's key, against this installation's /graphql. */
export default function ExplorerPage() {
  return (
    <Main>
      <p>
        <a href="/developers">← Разработчикам</a>
      </p>
      <h1>Проводник запросов API</h1>
      <p className={styles.lead}>
        Выполняйте запросы GraphQL с вашим ключом: подсказки и документация по схеме — в самом проводнике (значок книги
        слева), полный справочник — на странице <a href="/developers/reference">«Справочник схемы API»</a>. Запросы
        расходуют лимиты ключа так же, как запросы вашей системы.
      </p>
      <ExplorerWithKey />
    </Main>
  );
}
