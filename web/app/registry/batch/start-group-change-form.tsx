'use client';

import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { describeError, fieldMessage } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import { FormField, RequiredNote } from '@/app/_ui/form-field';
import styles from '@/app/registry/_shell/registry.module.css';
import type { BatchMunicipalityFragment, GroupChangeJobFieldsFragment } from '@/gql/graphql';
import { StartGroupChangeMutation } from './group-changes.operations';

type Group = BatchMunicipalityFragment['certificateGroups'][number];
type Field = 'sourceGroupId' | 'certificateNumbers' | 'targetGroupId';
const ORDER: Field[] = ['sourceGroupId', 'certificateNumbers', 'targetGroupId'];

const groupLabel = (group: Group) =>
  `${group.name} (${group.minAge}–${group.maxAge} лет, сертификатов: ${group.certificateCount})`;

/** «Массовая смена группы»: all certificates of a group, or the ones whose numbers are given, into another group. */
export function StartGroupChangeForm({
  municipalityId,
  groups,
  onStarted,
}: {
  municipalityId: string;
  groups: Group[];
  onStarted: (job: GroupChangeJobFieldsFragment) => void;
}) {
  const id = useId();
  const [selection, setSelection] = useState<'GROUP' | 'CHOSEN'>('GROUP');
  const [form, setForm] = useState<Record<Field, string>>({
    sourceGroupId: '',
    certificateNumbers: '',
    targetGroupId: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [start, { loading }] = useMutation(StartGroupChangeMutation);
  const inputId = (name: Field) => `${id}-${name}`;
  const numbers = form.certificateNumbers.split(/[\s,;]+/).filter(Boolean);

  function check(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (selection === 'GROUP' && !form.sourceGroupId)
      found.sourceGroupId = 'Выберите группу, из которой перевести сертификаты';
    if (selection === 'CHOSEN') {
      if (numbers.length === 0) found.certificateNumbers = 'Введите номера сертификатов';
      else if (numbers.some((number) => !/^\d{10}$/.test(number)))
        found.certificateNumbers = 'Номер сертификата — 10 цифр';
    }
    if (!form.targetGroupId) found.targetGroupId = 'Выберите группу, в которую перевести сертификаты';
    else if (form.targetGroupId === form.sourceGroupId && selection === 'GROUP')
      found.targetGroupId = 'Выберите другую группу: сертификаты уже в этой';
    return found;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGeneral(undefined);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      const result = await start({
        variables: {
          input: {
            municipalityId,
            targetGroupId: form.targetGroupId,
            ...(selection === 'GROUP' ? { sourceGroupId: form.sourceGroupId } : { certificateNumbers: numbers }),
          },
        },
      });
      if (result.data) onStarted(result.data.startGroupChange);
    } catch (caught) {
      const described = describeError(caught);
      const byField = Object.fromEntries(
        ORDER.flatMap((name) => {
          const message = fieldMessage(described, name);
          return message ? [[name, message]] : [];
        }),
      );
      setErrors(byField);
      if (Object.keys(byField).length === 0) setGeneral(described.message);
    }
  }

  const set = (name: Field) => (value: string) => setForm((current) => ({ ...current, [name]: value }));

  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Массовая смена группы</h2>
      <p className="field-hint">
        Сертификаты переводятся в фоне; страница показывает ход. Сертификат, который уже в выбранной группе,
        пропускается; не подходящие по возрасту, замороженные и отозванные не переводятся и перечисляются.
      </p>
      <AppForm onSubmit={handleSubmit}>
        <ErrorSummary
          errors={summaryErrors(
            ORDER,
            (name) => errors[name as Field],
            (name) => inputId(name as Field),
          )}
          general={general}
        />
        <RequiredNote />
        <fieldset className={styles.fieldset}>
          <legend>Какие сертификаты</legend>
          {(
            [
              ['GROUP', 'Все сертификаты группы'],
              ['CHOSEN', 'Выбранные сертификаты по номерам'],
            ] as const
          ).map(([value, label]) => (
            <div key={value} className={styles.check}>
              <input
                type="radio"
                id={`${id}-selection-${value}`}
                name="selection"
                value={value}
                checked={selection === value}
                onChange={() => setSelection(value)}
              />
              <label htmlFor={`${id}-selection-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        {selection === 'GROUP' ? (
          <FormField id={inputId('sourceGroupId')} label="Из группы" required error={errors.sourceGroupId}>
            {(wiring) => (
              <select
                {...wiring}
                name="sourceGroupId"
                value={form.sourceGroupId}
                onChange={(event) => set('sourceGroupId')(event.target.value)}
              >
                <option value="">Выберите группу</option>
                {groups.map((group) => (
                  <option key={group.id} value={group.id}>
                    {groupLabel(group)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : (
          <FormField
            id={inputId('certificateNumbers')}
            label="Номера сертификатов"
            hint="10 цифр каждый, по одному в строке; не больше 1000"
            required
            error={errors.certificateNumbers}
          >
            {(wiring) => (
              <textarea
                {...wiring}
                name="certificateNumbers"
                rows={5}
                value={form.certificateNumbers}
                onChange={(event) => set('certificateNumbers')(event.target.value)}
              />
            )}
          </FormField>
        )}
        <FormField
          id={inputId('targetGroupId')}
          label="В группу"
          hint="Заблокированные группы не предлагаются"
          required
          error={errors.targetGroupId}
        >
          {(wiring) => (
            <select
              {...wiring}
              name="targetGroupId"
              value={form.targetGroupId}
              onChange={(event) => set('targetGroupId')(event.target.value)}
            >
              <option value="">Выберите группу</option>
              {groups
                .filter((group) => !group.blocked)
                .map((group) => (
                  <option key={group.id} value={group.id}>
                    {groupLabel(group)}
                  </option>
                ))}
            </select>
          )}
        </FormField>
        <button type="submit" className="button button-primary" disabled={loading}>
          Начать смену группы
        </button>
      </AppForm>
    </section>
  );
}
