'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { DOCUMENT_TYPES } from '@/app/_ui/document-types';
import { FormField } from '@/app/_ui/form-field';
import styles from '@/app/registry/_shell/registry.module.css';
import { registerHref, SEARCH_FIELDS } from './register-params';

/**
 * «Поиск», folded under one line until the operator opens it (results first). «Применить» goes to the
 * register's address with the conditions, which the server renders with its one request.
 */
export function RegisterSearch({
  params,
  tab,
  searching,
  byDocument,
}: {
  params: Record<string, string>;
  tab: string;
  /** Conditions are set: the fold says so. */
  searching: boolean;
  /** The operator may search by the document's series and number (`SEARCH_BY_DOCUMENT`). */
  byDocument: boolean;
}) {
  const router = useRouter();
  const id = useId();
  const [form, setForm] = useState<Record<string, string>>(() => ({ ...params }));
  const [open, setOpen] = useState(false);

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    router.push(registerHref({ ...form, tab }));
  }

  function handleReset() {
    setForm({});
    router.push(registerHref({ tab }));
  }

  return (
    <details
      className={`page-panel ${styles.search}`}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{searching ? 'Поиск (заданы условия)' : 'Поиск'}</summary>
      <form role="search" aria-label="Поиск заявок" onSubmit={handleSearch}>
        <div className={styles.searchGrid}>
          {SEARCH_FIELDS.slice(0, 6).map((field) => (
            <SearchInput key={field.name} id={id} field={field} form={form} setForm={setForm} />
          ))}
          <FormField id={`${id}-documentType`} label="Тип документа">
            {(wiring) => (
              <select
                {...wiring}
                name="documentType"
                value={form.documentType ?? ''}
                onChange={(event) => setForm({ ...form, documentType: event.target.value })}
              >
                <option value="">Любой</option>
                {DOCUMENT_TYPES.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {byDocument &&
            SEARCH_FIELDS.slice(6).map((field) => (
              <SearchInput key={field.name} id={id} field={field} form={form} setForm={setForm} />
            ))}
        </div>
        <div className="actions">
          <button type="submit" className="button button-primary">
            Применить
          </button>
          <button type="button" className="button" onClick={handleReset}>
            Сбросить
          </button>
        </div>
      </form>
    </details>
  );
}

function SearchInput({
  id,
  field,
  form,
  setForm,
}: {
  id: string;
  field: (typeof SEARCH_FIELDS)[number];
  form: Record<string, string>;
  setForm: (next: Record<string, string>) => void;
}) {
  return (
    <FormField id={`${id}-${field.name}`} label={field.label}>
      {(wiring) => (
        <input
          {...wiring}
          name={field.name}
          type={field.type ?? 'text'}
          inputMode={field.name.endsWith('Number') ? 'numeric' : undefined}
          value={form[field.name] ?? ''}
          onChange={(event) => setForm({ ...form, [field.name]: event.target.value })}
        />
      )}
    </FormField>
  );
}
