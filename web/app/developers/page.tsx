import type { Metadata } from 'next';
import { Main } from '@/app/_ui/main';
import {
  ERROR_CODES,
  GATEWAY_QUERY_LIMITS,
  PARTNER_DEFAULT_LIMITS,
  PARTNER_LIMIT_BOUNDS,
  PARTNER_SCOPE_ROOT_FIELDS,
  PARTNER_SCOPES,
} from '@pfdo/contracts';
import { PARTNER_REFUSALS, SCOPE_PURPOSES } from './developer-facts';
import { EXAMPLES } from './developer-sources.generated';
import styles from './developers.module.css';

export const metadata: Metadata = { title: 'Разработчикам: API реестра сертификатов' };

const number = (value: number) => value.toLocaleString('ru-RU');

const SECTIONS = [
  ['key', 'Как получить ключ'],
  ['auth', 'Аутентификация'],
  ['scopes', 'Права ключа'],
  ['limits', 'Лимиты'],
  ['errors', 'Ошибки и коды'],
  ['paging', 'Постраничная выдача'],
  ['operations', 'Зарегистрированные операции'],
  ['changes', 'Политика изменений'],
  ['examples', 'Примеры'],
] as const;

function Section({ id, children }: { id: (typeof SECTIONS)[number][0]; children: React.ReactNode }) {
  const title = SECTIONS.find(([anchor]) => anchor === id)![1];
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={styles.section}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** «Разработчикам»: the partners' guide to the GraphQL API (README, «Partners»). */
export default function DevelopersPage() {
  return (
    <Main>
      <h1>Разработчикам: API реестра сертификатов</h1>
      <p className={styles.lead}>
        Информационные системы школ и муниципалитетов, региональное хранилище данных и учётные системы поставщиков
        работают с тем же GraphQL API, что и порталы реестра, — по ключу API. Ниже — как получить ключ, что он
        открывает, лимиты, ошибки, <a href="/developers/reference">справочник схемы</a> и{' '}
        <a href="/developers/explorer">проводник запросов</a>.
      </p>
      <nav aria-labelledby="contents-title">
        <h2 id="contents-title">Содержание</h2>
        <ul className={styles.toc}>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
          <li>
            <a href="/developers/reference">Справочник схемы</a>
          </li>
          <li>
            <a href="/developers/explorer">Проводник запросов (GraphiQL)</a>
          </li>
        </ul>
      </nav>

      <Section id="key">
        <p>
          Ключ выпускает оператор реестра в разделе «Ключи API» реестра сертификатов: региональный оператор — для любого
          муниципалитета, муниципальный — для своего. Обратитесь к нему, назвав систему, организацию и нужные права.
          Ключ вида <code>pfdo_…</code> показывается один раз: сохраните его в хранилище секретов, не в коде. Срок
          действия ключа — не более двух лет. Для замены оператор нажимает «Заменить ключ»: новый ключ выдаётся сразу, а
          старый работает ещё выбранный оператором период, чтобы вы переключились без перерыва. Отозванный ключ
          перестаёт работать со следующего запроса.
        </p>
      </Section>

      <Section id="auth">
        <p>
          Запросы — <code>POST</code> на адрес <code>/graphql</code> с телом JSON (<code>query</code>,{' '}
          <code>variables</code>, <code>operationName</code>) и заголовком:
        </p>
        <pre className={styles.code} tabIndex={0}>
          <code>Authorization: Bearer pfdo_xxxxxxxx_…</code>
        </pre>
        <p>
          Cookie и ключи никогда не смешиваются: запрос с ключом и с cookie сессии отклоняется (
          <code>API_KEY_WITH_SESSION</code>), ключ не действует из браузера пользователя, а сессия пользователя не
          действует с ключом. Ключ читается только из заголовка <code>Authorization</code>.
        </p>
      </Section>

      <Section id="scopes">
        <p>
          Каждое право открывает несколько корневых полей; остальные шлюз отклоняет до выполнения (
          <code>SCOPE_MISSING</code>), а каждая служба проверяет те же права на каждом типе. Права на сертификаты и
          заявки действуют в одном муниципалитете, права на заявки и договоры — от имени одной организации. Персональные
          данные, прочитанные по ключу, записываются в журнал по каждому полю, как чтения операторов.
        </p>
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Права ключа API">
          <table className={styles.table}>
            <caption className="visually-hidden">Права ключа API</caption>
            <thead>
              <tr>
                <th scope="col">Право</th>
                <th scope="col">Для кого</th>
                <th scope="col">Что открывает</th>
                <th scope="col">Корневые поля</th>
              </tr>
            </thead>
            <tbody>
              {PARTNER_SCOPES.map((scope) => (
                <tr key={scope}>
                  <td>
                    <code>{scope}</code>
                  </td>
                  <td>{SCOPE_PURPOSES[scope].who}</td>
                  <td>{SCOPE_PURPOSES[scope].what}</td>
                  <td>
                    {[
                      ...PARTNER_SCOPE_ROOT_FIELDS[scope].query,
                      ...PARTNER_SCOPE_ROOT_FIELDS[scope].mutation.map((field) => `mutation ${field}`),
                    ].map((field, index) => (
                      <span key={field}>
                        {index > 0 && ', '}
                        <code>{field}</code>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>Интроспекция схемы доступна ключам, если её не выключил администратор системы.</p>
      </Section>

      <Section id="limits">
        <p>
          У каждого ключа два лимита в минуту; оператор может задать свои в указанных пределах. Лимиты общие для всех
          экземпляров шлюза. Запросы граждан и операторов в эти счётчики не входят.
        </p>
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Лимиты ключа в минуту">
          <table className={styles.table}>
            <caption className="visually-hidden">Лимиты ключа в минуту</caption>
            <thead>
              <tr>
                <th scope="col">Лимит</th>
                <th scope="col">По умолчанию</th>
                <th scope="col">Пределы</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>Запросов в минуту</td>
                <td>{number(PARTNER_DEFAULT_LIMITS.requestsPerMinute)}</td>
                <td>
                  {number(PARTNER_LIMIT_BOUNDS.requestsPerMinute.min)} –{' '}
                  {number(PARTNER_LIMIT_BOUNDS.requestsPerMinute.max)}
                </td>
              </tr>
              <tr>
                <td>Стоимость запросов в минуту</td>
                <td>{number(PARTNER_DEFAULT_LIMITS.costPerMinute)}</td>
                <td>
                  {number(PARTNER_LIMIT_BOUNDS.costPerMinute.min)} – {number(PARTNER_LIMIT_BOUNDS.costPerMinute.max)}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <p>
          Стоимость операции: скаляр — 1, объект — 2, каждый уровень вложенности — ×1,5, список — × его{' '}
          <code>first</code> (и из переменных); интроспекция бесплатна. Одна операция стоит не больше{' '}
          {number(GATEWAY_QUERY_LIMITS.cost)}, вложенность — не больше {GATEWAY_QUERY_LIMITS.depth} уровней, псевдонимов
          — не больше {GATEWAY_QUERY_LIMITS.aliases}, лексем — не больше {number(GATEWAY_QUERY_LIMITS.tokens)}.
        </p>
        <p>
          Каждый ответ несёт заголовки <code>X-RateLimit-Limit</code>, <code>X-RateLimit-Remaining</code>,{' '}
          <code>X-RateLimit-Reset</code> (запросы) и <code>X-RateLimit-Cost-Limit</code>,{' '}
          <code>X-RateLimit-Cost-Remaining</code>, <code>X-RateLimit-Cost-Reset</code> (стоимость); время сброса — в
          секундах Unix. Сверх лимита — ответ 429 с заголовком <code>Retry-After</code>: подождите столько секунд.
        </p>
      </Section>

      <Section id="errors">
        <p>
          Ошибка GraphQL несёт сообщение на русском для людей и стабильный код <code>extensions.code</code> для
          программ: сообщения могут меняться, коды — нет. Отказы, которые встречает партнёр:
        </p>
        <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Отказы и их коды">
          <table className={styles.table}>
            <caption className="visually-hidden">Отказы и их коды</caption>
            <thead>
              <tr>
                <th scope="col">HTTP</th>
                <th scope="col">extensions.code</th>
                <th scope="col">Когда</th>
              </tr>
            </thead>
            <tbody>
              {PARTNER_REFUSALS.map((refusal) => (
                <tr key={refusal.code}>
                  <td>{refusal.status}</td>
                  <td>
                    <code>{refusal.code}</code>
                  </td>
                  <td>{refusal.when}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          Все коды — перечисление <code>ErrorCode</code> схемы (
          <a href="/developers/reference#type-ErrorCode">в справочнике</a>
          ):
        </p>
        <ul className={styles.codes}>
          {ERROR_CODES.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="paging">
        <p>
          Списки выдаются страницами: аргумент <code>first</code> — размер страницы, в ответе <code>nextCursor</code> —
          позиция следующей страницы, которую передают в аргументе <code>after</code>; <code>null</code> — страниц
          больше нет. Курсор непрозрачен: не разбирайте и не составляйте его сами. Так устроены каталог (
          <code>catalogue</code>), реестры сертификатов и заявок; в реестре заявок <code>totalCount</code> точен до 10
          000 (<code>totalCountExact</code> говорит, точен ли он).
        </p>
      </Section>

      <Section id="operations">
        <p>
          Оператор может зарегистрировать для ключа операции вашей системы (текст и его SHA-256) и включить режим
          «только зарегистрированные операции»: тогда украденный ключ не выполнит ничего, кроме них. Зарегистрированную
          операцию можно отправлять одним хешем, без текста:
        </p>
        <pre className={styles.code} tabIndex={0}>
          <code>{`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"<SHA-256 текста в hex>"}},"variables":{…}}`}</code>
        </pre>
        <p>
          или её точным текстом. Всё остальное такой ключ получает с отказом <code>OPERATION_NOT_REGISTERED</code>{' '}
          (403). Хеш считается по тексту операции байт в байт, в UTF-8.
        </p>
      </Section>

      <Section id="changes">
        <p>
          Схема меняется только добавлениями: новые типы, поля, необязательные аргументы. Поле, которое будет удалено,
          сначала помечается <code>@deprecated</code> с причиной и датой удаления и остаётся в схеме до этой даты;
          пометки видны в справочнике и при интроспекции. Каждое изменение схемы проверяется автоматически: удаление или
          несовместимое изменение <code>schema/api.graphql</code> не проходит проверку, пока не объявлено намеренным.
        </p>
      </Section>

      <Section id="examples">
        <p>
          Примеры читают первую страницу каталога и следующую за ней с ключом, у которого есть право{' '}
          <code>catalogue:read</code>; адрес и ключ берут из переменных окружения <code>PFDO_API_URL</code> и{' '}
          <code>PFDO_API_KEY</code>. Эти же файлы запускаются тестами против работающей системы.
        </p>
        <h3>curl</h3>
        <pre className={styles.code} tabIndex={0} role="region" aria-label={`Пример curl, ${EXAMPLES.curl.file}`}>
          <code>{EXAMPLES.curl.text}</code>
        </pre>
        <h3>TypeScript (graphql-request)</h3>
        <pre
          className={styles.code}
          tabIndex={0}
          role="region"
          aria-label={`Пример на TypeScript, ${EXAMPLES.typescript.file}`}
        >
          <code>{EXAMPLES.typescript.text}</code>
        </pre>
        <h3>Python</h3>
        <p>
          Пример на Python написан только на стандартной библиотеке (<code>urllib.request</code>, <code>json</code>):
          пакет <code>gql</code> в нашей среде установить нельзя, а для запросов GraphQL по HTTP стандартной библиотеки
          достаточно.
        </p>
        <pre
          className={styles.code}
          tabIndex={0}
          role="region"
          aria-label={`Пример на Python, ${EXAMPLES.python.file}`}
        >
          <code>{EXAMPLES.python.text}</code>
        </pre>
      </Section>
    </Main>
  );
}
