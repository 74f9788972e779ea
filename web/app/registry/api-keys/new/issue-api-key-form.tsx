'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { useId, useState, type FormEvent } from 'react';
import { usePrimedCache, type ServerAnswer } from '@/app/_apollo/prime';
import { describeError, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary } from '@/app/_ui/error-summary';
import { FormField, RequiredNote } from '@/app/_ui/form-field';
import { regionToday } from '@/app/_ui/format';
import { useOperator } from '@/app/registry/_shell/operator';
import styles from '@/app/registry/_shell/registry.module.css';
import { formErrors, staffFieldMessage } from '@/app/registry/organizations/form-errors';
import { StaffMunicipalitiesQuery } from '@/app/registry/organizations/new/create-staff-account.operations';
import type { ApiKeyScope, IssueApiKeyMutation as Issued } from '@/gql/graphql';
import { MUNICIPAL_SCOPES, SCOPE_NAMES } from '../api-key-names';
import { ApiKeyOrganizationsQuery, IssueApiKeyMutation } from '../api-keys.operations';
import { SecretOnce } from '../secret-once';

const FIELDS = [
  'name',
  'partnerName',
  'scopes',
  'municipalityId',
  'organizationId',
  'expiresOn',
  'requestsPerMinute',
  'costPerMinute',
];

/** The kind of organization a scope acts for: a reception organization's applications, a provider's contracts. */
const ORGANIZATION_KIND_OF_SCOPE: Partial<Record<ApiKeyScope, 'RECEPTION' | 'PROVIDER'>> = {
  APPLICATIONS_READ: 'RECEPTION',
  APPLICATIONS_WRITE: 'RECEPTION',
  CONTRACTS_READ: 'PROVIDER',
};

/** A year from today in the region: the default expiry. */
function aYearFromToday(): string {
  const [year, month, day] = regionToday().split('-');
  return `${Number(year) + 1}-${month}-${day === '29' && month === '02' ? '28' : day}`;
}

/** The form with the municipalities and organizations its server render fetched already in the cache. */
export function PrimedIssueApiKeyForm({ server }: { server: ServerAnswer }) {
  usePrimedCache(server, [], [{ query: StaffMunicipalitiesQuery }, { query: ApiKeyOrganizationsQuery }]);
  return <IssueApiKeyForm />;
}

/** «Выпустить ключ»: the partner's system, its rights, the municipality, the expiry and the limits. */
function IssueApiKeyForm() {
  const operator = useOperator();
  const regional = operator.role === 'REGIONAL_OPERATOR';
  const id = useId();
  const municipalities = useQuery(StaffMunicipalitiesQuery, { skip: !regional });
  const organizations = useQuery(ApiKeyOrganizationsQuery);
  const [values, setValues] = useState({
    name: '',
    partnerName: '',
    municipalityId: '',
    organizationId: '',
    expiresOn: aYearFromToday(),
    requestsPerMinute: '',
    costPerMinute: '',
  });
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const [error, setError] = useState<DescribedError | null>(null);
  const [issued, setIssued] = useState<Issued['issueApiKey'] | null>(null);
  const [issue, { loading }] = useMutation(IssueApiKeyMutation, { refetchQueries: ['ApiKeys'] });
  const errorOf = (name: string) => staffFieldMessage(error, name);
  const organizationKind = scopes.map((scope) => ORGANIZATION_KIND_OF_SCOPE[scope]).find((kind) => kind) ?? null;
  // The organizations of the key's municipality (a provider of any municipality for the regional operator's
  // region-wide key).
  const keyMunicipality = regional ? values.municipalityId : (operator.municipality?.id ?? '');
  const organizationChoices = (organizations.data?.municipalities ?? [])
    .filter((municipality) => !keyMunicipality || municipality.id === keyMunicipality)
    .flatMap((municipality) => municipality.organizations)
    .filter((organization) => organization.kind === organizationKind);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    // A figure that is not a whole number is sent as -1, for the server's own message about the range.
    const limit = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : text.trim() ? -1 : null);
    try {
      const result = await issue({
        variables: {
          input: {
            name: values.name,
            partnerName: values.partnerName,
            scopes,
            municipalityId: regional ? values.municipalityId || null : undefined,
            organizationId: organizationKind ? values.organizationId || null : null,
            expiresOn: values.expiresOn,
            requestsPerMinute: limit(values.requestsPerMinute),
            costPerMinute: limit(values.costPerMinute),
          },
        },
      });
      if (result.data) {
        setIssued(result.data.issueApiKey);
        window.scrollTo(0, 0);
      }
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  if (issued) {
    return (
      <section aria-labelledby={`${id}-issued`}>
        <h1 id={`${id}-issued`} tabIndex={-1}>
          Ключ выпущен
        </h1>
        <p role="status">
          «{issued.apiKey.name}» для «{issued.apiKey.partnerName}», начало ключа <code>{issued.apiKey.prefix}</code>.
        </p>
        <SecretOnce secret={issued.secret} labelId={`${id}-secret`} />
        <div className="actions">
          <Link className="button" href={`/registry/api-keys/${issued.apiKey.id}`}>
            Открыть ключ
          </Link>
          <Link className="button" href="/registry/api-keys">
            К списку ключей
          </Link>
        </div>
      </section>
    );
  }

  const shown = FIELDS.filter(
    (name) => (regional || name !== 'municipalityId') && (organizationKind || name !== 'organizationId'),
  );
  const summary = formErrors(error, shown, id);
  const needsMunicipality = scopes.some((scope) => MUNICIPAL_SCOPES.includes(scope));

  return (
    <AppForm className="page-panel" aria-labelledby={`${id}-title`} onSubmit={handleSubmit}>
      <h1 id={`${id}-title`} tabIndex={-1}>
        Выпустить ключ
      </h1>
      <p className="muted">
        {regional
          ? 'Ключ внешней системы партнёра: каталог — для всего региона, сертификаты и заявки — одного муниципалитета.'
          : `Ключ внешней системы партнёра: ${operator.municipality?.name ?? ''}.`}
      </p>
      <ErrorSummary errors={summary.fields} general={summary.general} />
      <RequiredNote />
      <fieldset className={styles.fieldset}>
        <legend>Система партнёра</legend>
        <FormField
          id={`${id}-name`}
          label="Название ключа"
          required
          error={errorOf('name')}
          hint="Например: «Электронная школа 2.0 — выгрузка каталога»"
        >
          {(wiring) => <input {...wiring} name="name" value={values.name} onChange={set('name')} />}
        </FormField>
        <FormField id={`${id}-partnerName`} label="Организация-партнёр" required error={errorOf('partnerName')}>
          {(wiring) => (
            <input {...wiring} name="partnerName" value={values.partnerName} onChange={set('partnerName')} />
          )}
        </FormField>
      </fieldset>
      <fieldset className={styles.fieldset} aria-describedby={errorOf('scopes') ? `${id}-scopes-error` : undefined}>
        <legend>
          Права ключа
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        </legend>
        <p id={`${id}-scopes-error`} className="field-error">
          {errorOf('scopes')}
        </p>
        {(Object.keys(SCOPE_NAMES) as ApiKeyScope[]).map((scope, index) => (
          <label key={scope} className={styles.check}>
            <input
              id={index === 0 ? `${id}-scopes` : undefined}
              type="checkbox"
              name="scopes"
              value={scope}
              checked={scopes.includes(scope)}
              onChange={(event) =>
                setScopes((current) =>
                  event.target.checked ? [...current, scope] : current.filter((chosen) => chosen !== scope),
                )
              }
            />
            <span>
              {SCOPE_NAMES[scope].label} — <code>{SCOPE_NAMES[scope].wire}</code>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>Срок и лимиты</legend>
        {regional && (
          <FormField
            id={`${id}-municipalityId`}
            label="Муниципалитет"
            required={needsMunicipality}
            hint="Обязателен для прав на сертификаты и заявки"
            error={errorOf('municipalityId')}
          >
            {(wiring) => (
              <select {...wiring} name="municipalityId" value={values.municipalityId} onChange={set('municipalityId')}>
                <option value="">Весь регион</option>
                {municipalities.data?.municipalities.map((municipality) => (
                  <option key={municipality.id} value={municipality.id}>
                    {municipality.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {organizationKind && (
          <FormField
            id={`${id}-organizationId`}
            label={organizationKind === 'RECEPTION' ? 'Организация по приёму заявлений' : 'Поставщик'}
            required
            hint="Ключ действует от имени этой организации: её заявки или её договоры"
            error={errorOf('organizationId')}
          >
            {(wiring) => (
              <select {...wiring} name="organizationId" value={values.organizationId} onChange={set('organizationId')}>
                <option value="">Выберите организацию</option>
                {organizationChoices.map((organization) => (
                  <option key={organization.id} value={organization.id}>
                    {organization.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField
          id={`${id}-expiresOn`}
          label="Действует до (включительно)"
          required
          error={errorOf('expiresOn')}
          hint="Не более двух лет"
        >
          {(wiring) => (
            <input {...wiring} name="expiresOn" type="date" value={values.expiresOn} onChange={set('expiresOn')} />
          )}
        </FormField>
        <FormField
          id={`${id}-requestsPerMinute`}
          label="Запросов в минуту"
          error={errorOf('requestsPerMinute')}
          hint="Пусто — по умолчанию 120"
        >
          {(wiring) => (
            <input
              {...wiring}
              name="requestsPerMinute"
              inputMode="numeric"
              value={values.requestsPerMinute}
              onChange={set('requestsPerMinute')}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-costPerMinute`}
          label="Стоимость запросов в минуту"
          error={errorOf('costPerMinute')}
          hint="Пусто — по умолчанию 20 000"
        >
          {(wiring) => (
            <input
              {...wiring}
              name="costPerMinute"
              inputMode="numeric"
              value={values.costPerMinute}
              onChange={set('costPerMinute')}
            />
          )}
        </FormField>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
        Выпустить ключ
      </button>
    </AppForm>
  );
}
