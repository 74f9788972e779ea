'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition, type FormEvent } from 'react';
import styles from './catalogue.module.css';
import { catalogueHref, FORMS, REGISTRIES, type CatalogueParams } from './params';

/** Typing waits this long after the last key before it searches: a search per word, not per letter. */
const TYPING_PAUSE_MS = 300;

interface Props {
  params: CatalogueParams;
  municipalities: Array<{ id: string; name: string }>;
  /** A certificate holder is signed in: «Исключить…» is his. */
  holder: boolean;
  problems: Record<string, string>;
}

function paramsOf(form: HTMLFormElement): Partial<CatalogueParams> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    q: text('q'),
    municipality: text('municipality'),
    registry: text('registry'),
    age: text('age'),
    month: text('month'),
    free: data.get('free') === '1',
    price: text('price'),
    form: text('form'),
    exclude: data.get('exclude') === '1',
  };
}

/**
 * The search field and «Расширенный поиск». A plain GET form, so that it works without JavaScript; with it,
 * the results follow the typing (after a pause) and each filter as it changes, by replacing the address: the
 * server renders the new results and the page is not reloaded.
 */
export function CatalogueForm({ params, municipalities, holder, problems }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const search = () => {
    if (timer.current) clearTimeout(timer.current);
    const form = formRef.current;
    if (!form) return;
    const href = catalogueHref(paramsOf(form));
    startTransition(() => router.replace(href, { scroll: false }));
  };

  const searchAfterPause = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(search, TYPING_PAUSE_MS);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search();
  };

  const filtersUsed = Boolean(
    params.municipality || params.registry || params.age || params.month || params.free || params.price || params.form,
  );

  return (
    <form
      ref={formRef}
      role="search"
      aria-label="Поиск программ"
      action="/navigator/programs"
      method="get"
      className="page-panel"
      onSubmit={onSubmit}
      aria-busy={pending || undefined}
    >
      <div className="field">
        <label htmlFor="catalogue-q">Название программы или организации</label>
        <p id="catalogue-q-hint" className="field-hint">
          Начните печатать — результаты появятся сами
        </p>
        <input
          id="catalogue-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={100}
          autoComplete="off"
          aria-describedby="catalogue-q-hint"
          onChange={searchAfterPause}
        />
      </div>
      <details open={filtersUsed || undefined}>
        <summary>Расширенный поиск</summary>
        <div className={styles.filters} onChange={search}>
          <div className="field">
            <label htmlFor="catalogue-municipality">Муниципалитет</label>
            <select id="catalogue-municipality" name="municipality" defaultValue={params.municipality}>
              <option value="">Все</option>
              {municipalities.map((municipality) => (
                <option key={municipality.id} value={municipality.id}>
                  {municipality.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="catalogue-registry">Реестр</label>
            <select id="catalogue-registry" name="registry" defaultValue={params.registry}>
              <option value="">Все реестры</option>
              {REGISTRIES.map((registry) => (
                <option key={registry.value} value={registry.value}>
                  {registry.name}
                </option>
              ))}
            </select>
          </div>
          <div className={problems.age ? 'field field-invalid' : 'field'}>
            <label htmlFor="catalogue-age">Возраст ребёнка, лет</label>
            <p id="catalogue-age-error" className="field-error">
              {problems.age}
            </p>
            <input
              id="catalogue-age"
              name="age"
              type="number"
              min={0}
              max={25}
              inputMode="numeric"
              defaultValue={params.age}
              aria-invalid={problems.age ? true : undefined}
              aria-describedby={problems.age ? 'catalogue-age-error' : undefined}
            />
          </div>
          <div className={problems.startMonth ? 'field field-invalid' : 'field'}>
            <label htmlFor="catalogue-month">Месяц начала занятий</label>
            <p id="catalogue-month-error" className="field-error">
              {problems.startMonth}
            </p>
            <input
              id="catalogue-month"
              name="month"
              type="month"
              defaultValue={params.month}
              aria-invalid={problems.startMonth ? true : undefined}
              aria-describedby={problems.startMonth ? 'catalogue-month-error' : undefined}
            />
          </div>
          <div className={problems.maxPriceKopecks ? 'field field-invalid' : 'field'}>
            <label htmlFor="catalogue-price">Стоимость в месяц до, ₽</label>
            <p id="catalogue-price-error" className="field-error">
              {problems.maxPriceKopecks}
            </p>
            <input
              id="catalogue-price"
              name="price"
              inputMode="decimal"
              defaultValue={params.price}
              aria-invalid={problems.maxPriceKopecks ? true : undefined}
              aria-describedby={problems.maxPriceKopecks ? 'catalogue-price-error' : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="catalogue-form">Форма обучения</label>
            <select id="catalogue-form" name="form" defaultValue={params.form}>
              <option value="">Любая</option>
              {FORMS.map((form) => (
                <option key={form.value} value={form.value}>
                  {form.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="radio">
              <input type="checkbox" name="free" value="1" defaultChecked={params.free} /> Только со свободными местами
            </label>
          </div>
        </div>
      </details>
      {holder && (
        <div className="field" onChange={search}>
          <label className="radio">
            <input type="checkbox" name="exclude" value="1" defaultChecked={params.exclude} /> Исключить программы, на
            которые не получится записаться по моему сертификату
          </label>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary">
          Найти
        </button>
      </div>
    </form>
  );
}
