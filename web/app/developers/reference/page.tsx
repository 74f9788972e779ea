import type { Metadata } from 'next';
import { Main } from '@/app/_ui/main';
import styles from '../developers.module.css';
import { SCHEMA_REFERENCE, type ReferenceField } from '../schema-reference';

export const metadata: Metadata = { title: 'Справочник схемы API' };

function Signature({ field }: { field: ReferenceField }) {
  const args = field.args.map(
    (arg) => `${arg.name}: ${arg.type}${arg.defaultValue === null ? '' : ` = ${arg.defaultValue}`}`,
  );
  return (
    <code>
      {field.name}
      {args.length > 0 && `(${args.join(', ')})`}
      {field.type && `: ${field.type}`}
    </code>
  );
}

/** «Справочник схемы»: every type of schema/api.graphql with its fields, descriptions and deprecations. */
export default function SchemaReferencePage() {
  return (
    <Main>
      <p>
        <a href="/developers">← Разработчикам</a>
      </p>
      <h1>Справочник схемы API</h1>
      <p className={styles.lead}>
        Все типы схемы для партнёров (<code>schema/api.graphql</code>), собранные при сборке портала: поля, аргументы,
        описания и пометки об устаревании. Какие поля открывает ключ, зависит от его прав.
      </p>
      <nav aria-labelledby="reference-index">
        <h2 id="reference-index">Типы</h2>
        <ul className={styles.index}>
          {SCHEMA_REFERENCE.map((type) => (
            <li key={type.name}>
              <a href={`#type-${type.name}`}>{type.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {SCHEMA_REFERENCE.map((type) => (
        <section key={type.name} id={`type-${type.name}`} aria-labelledby={`type-${type.name}-title`}>
          <h2 id={`type-${type.name}-title`} className={styles.typeTitle}>
            {type.name} <span className={styles.kind}>{type.kind}</span>
          </h2>
          {type.description && <p className={styles.description}>{type.description}</p>}
          {type.fields.length > 0 && (
            <ul className={styles.fields}>
              {type.fields.map((field) => (
                <li key={field.name}>
                  <Signature field={field} />
                  {field.description && <span className={styles.fieldDescription}> — {field.description}</span>}
                  {field.deprecationReason && (
                    <strong className={styles.deprecated}> Устарело: {field.deprecationReason}</strong>
                  )}
                  {field.args.some((arg) => arg.description) && (
                    <ul>
                      {field.args
                        .filter((arg) => arg.description)
                        .map((arg) => (
                          <li key={arg.name}>
                            <code>{arg.name}</code> — {arg.description}
                          </li>
                        ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Main>
  );
}
