'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import { describeError, fieldMessage, type DescribedError } from '@/app/_auth/describe-error';
import { usePostGraphql } from '@/app/_auth/use-post-graphql';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import { FormField, RequiredNote } from '@/app/_ui/form-field';
import { RegulationLink } from '@/app/_ui/regulation-link';
import {
  CHILD_DOCUMENT_FIELDS,
  ChildDocumentFieldset,
  childInputOf,
  documentInputOf,
  EMPTY_CHILD_DOCUMENT,
  type ChildDocumentValues,
} from '@/app/registry/_shell/child-document-fieldset';
import { KIND_NAMES, KINDS } from '@/app/registry/_shell/names';
import { useOperator } from '@/app/registry/_shell/operator';
import styles from '@/app/registry/_shell/registry.module.css';
import type { ApplicationKind, RegistryMunicipalitiesQuery } from '@/gql/graphql';
import { APPLICANT_FIELDS, ApplicantFieldset, EMPTY_APPLICANT, type ApplicantValues } from './applicant-fieldset';
import { CreateApplicationMutation } from './create-application.operations';
import { CreatedApplication, type Created } from './created-application';

const needsChild = (kind: ApplicationKind) => kind === 'NEW_CERTIFICATE' || kind === 'CLARIFY_PERSONAL_DATA';
const needsGroup = (kind: ApplicationKind) => kind !== 'CLARIFY_PERSONAL_DATA';

/** The inputs in the order the form shows them, for the error summary. */
function shownFields(kind: ApplicationKind, applicant: ApplicantValues): string[] {
  return [
    ...(kind !== 'NEW_CERTIFICATE' ? ['certificateNumber'] : []),
    'municipalityId',
    ...(needsChild(kind) ? CHILD_DOCUMENT_FIELDS : []),
    ...APPLICANT_FIELDS.filter(
      (name) =>
        (name !== 'groupId' || needsGroup(kind)) && (name !== 'applicantName' || !applicant.childAppliesHimself),
    ),
  ];
}

/**
 * «Создать заявку» of an organization or a municipal operator, for any of the four kinds. `municipalities`, with
 * their certificate groups, come from the page's one server request (page.tsx): both selects are filled from the
 * first byte and choosing another municipality asks nothing. Sent without Apollo.
 */
export function CreateApplicationForm({
  initialKind,
  municipalities,
}: {
  initialKind: ApplicationKind;
  municipalities: RegistryMunicipalitiesQuery['municipalities'];
}) {
  const operator = useOperator();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [kind, setKind] = useState<ApplicationKind>(initialKind);
  const [certificateNumber, setCertificateNumber] = useState('');
  const [municipalityId, setMunicipalityId] = useState(operator.municipality?.id ?? '');
  const [child, setChild] = useState<ChildDocumentValues>(EMPTY_CHILD_DOCUMENT);
  const [applicant, setApplicant] = useState<ApplicantValues>(EMPTY_APPLICANT);
  const [error, setError] = useState<DescribedError | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [create, { loading }] = usePostGraphql(CreateApplicationMutation);
  const errorOf = (name: string) => fieldMessage(error, name);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const value = (text: string) => text.trim() || undefined;
    try {
      const result = await create({
        variables: {
          input: {
            kind,
            municipalityId,
            certificateNumber: kind === 'NEW_CERTIFICATE' ? undefined : value(certificateNumber),
            child: needsChild(kind) ? childInputOf(child) : undefined,
            document: needsChild(kind) ? documentInputOf(child) : undefined,
            groupId: needsGroup(kind) ? value(applicant.groupId) : undefined,
            applicantName: applicant.childAppliesHimself ? undefined : value(applicant.applicantName),
            applicantEmail: value(applicant.applicantEmail),
            applicantPhone: value(applicant.applicantPhone),
            childAppliesHimself: applicant.childAppliesHimself,
            consentToPersonalDataProcessing: applicant.consentToPersonalDataProcessing,
            consentToRules: applicant.consentToRules,
          },
        },
      });
      setCreated(result.createApplication);
      window.scrollTo(0, 0);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  if (created) {
    return (
      <CreatedApplication
        created={created}
        onAnother={() => {
          setCreated(null);
          setKind('NEW_CERTIFICATE');
          setCertificateNumber('');
          setMunicipalityId(operator.municipality?.id ?? '');
          setChild(EMPTY_CHILD_DOCUMENT);
          setApplicant(EMPTY_APPLICANT);
          requestAnimationFrame(() => heading.current?.focus());
        }}
      />
    );
  }

  const shown = shownFields(kind, applicant);
  const fieldErrors = summaryErrors(shown, errorOf, (name) => `${id}-${name}`);
  // Messages for inputs the form does not show (e.g. «childAppliesHimself»), or an error of no field.
  const others = Object.entries(error?.fields ?? {})
    .filter(([name]) => !shown.includes(name))
    .map(([, message]) => message);
  const general = !error ? undefined : !error.fields ? error.message : others.join(' ') || undefined;

  return (
    <AppForm className="page-panel" aria-labelledby={`${id}-title`} onSubmit={handleSubmit}>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Создать заявку
      </h1>
      <ErrorSummary errors={fieldErrors} general={general} />
      <RequiredNote />
      <fieldset className={styles.fieldset}>
        <legend>Что вы хотите сделать?</legend>
        {KINDS.map((candidate) => (
          <label key={candidate} className={styles.check}>
            <input
              type="radio"
              name="kind"
              value={candidate}
              checked={kind === candidate}
              onChange={() => setKind(candidate)}
            />
            <span>{KIND_NAMES[candidate]}</span>
          </label>
        ))}
        {kind !== 'NEW_CERTIFICATE' && (
          <FormField
            id={`${id}-certificateNumber`}
            label="Номер сертификата"
            required
            hint="10 цифр"
            error={errorOf('certificateNumber')}
          >
            {(wiring) => (
              <input
                {...wiring}
                name="certificateNumber"
                inputMode="numeric"
                autoComplete="off"
                value={certificateNumber}
                onChange={(event) => setCertificateNumber(event.target.value)}
              />
            )}
          </FormField>
        )}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>Муниципалитет</legend>
        <FormField
          id={`${id}-municipalityId`}
          label={kind === 'CHANGE_MUNICIPALITY' ? 'Новый муниципалитет проживания' : 'Муниципалитет'}
          required
          error={errorOf('municipalityId')}
        >
          {(wiring) => (
            <select
              {...wiring}
              name="municipalityId"
              value={municipalityId}
              onChange={(event) => {
                setMunicipalityId(event.target.value);
                setApplicant((current) => ({ ...current, groupId: '' }));
              }}
            >
              {municipalities.map((municipality) => (
                <option key={municipality.id} value={municipality.id}>
                  {municipality.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <RegulationLink municipality={municipalities.find((municipality) => municipality.id === municipalityId)} />
      </fieldset>

      {needsChild(kind) && (
        <ChildDocumentFieldset
          idPrefix={id}
          values={child}
          errorOf={errorOf}
          onChange={(name, value) => setChild((current) => ({ ...current, [name]: value }))}
        />
      )}
      <ApplicantFieldset
        idPrefix={id}
        values={applicant}
        groups={municipalities.find((municipality) => municipality.id === municipalityId)?.certificateGroups ?? []}
        withGroup={needsGroup(kind)}
        errorOf={errorOf}
        onChange={(next) => setApplicant((current) => ({ ...current, ...next }))}
      />
      <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
        Отправить
      </button>
    </AppForm>
  );
}
