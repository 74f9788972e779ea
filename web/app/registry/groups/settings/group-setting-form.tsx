'use client';

import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { describeError, fieldMessage, type DescribedError } from '@/app/_auth/describe-error';
import { AppForm } from '@/app/_ui/app-form';
import { ErrorSummary, summaryErrors } from '@/app/_ui/error-summary';
import { FormField, RequiredNote } from '@/app/_ui/form-field';
import styles from '@/app/registry/_shell/registry.module.css';
import type { GroupSettingInput, GroupSettingRowFragment } from '@/gql/graphql';
import { CreateGroupSettingMutation, UpdateGroupSettingMutation } from './group-settings.operations';

type Values = Record<keyof GroupSettingInput, string>;

const WHOLE_FIELDS = ['minAge', 'maxAge', 'significantPrograms', 'generalPrograms', 'preProfessionalPrograms'] as const;

/** The inputs in the order the form shows them, for the error summary. */
const ORDER: Array<keyof Values> = [
  'name',
  'nominal',
  'minAge',
  'maxAge',
  'significantPrograms',
  'generalPrograms',
  'preProfessionalPrograms',
  'municipalityLimit',
];

const EMPTY: Values = {
  name: '',
  nominal: '',
  minAge: '5',
  maxAge: '18',
  significantPrograms: '0',
  generalPrograms: '0',
  preProfessionalPrograms: '0',
  municipalityLimit: '',
};

/** «24000.50» as a person types it: «24000,50». */
const typed = (roubles: string) => roubles.replace('.', ',');

function valuesOf(setting: GroupSettingRowFragment | null): Values {
  if (!setting) return EMPTY;
  return {
    name: setting.name,
    nominal: typed(setting.nominal),
    minAge: String(setting.minAge),
    maxAge: String(setting.maxAge),
    significantPrograms: String(setting.significantPrograms),
    generalPrograms: String(setting.generalPrograms),
    preProfessionalPrograms: String(setting.preProfessionalPrograms),
    municipalityLimit: typed(setting.municipalityLimit),
  };
}

const MONEY_HINT = 'В рублях, копейки через запятую: 15000,00';

const FIELDS: Array<{ name: keyof Values; label: string; hint?: string; money?: boolean }> = [
  { name: 'nominal', label: 'Номинал сертификата, руб.', hint: MONEY_HINT, money: true },
  { name: 'minAge', label: 'Возраст от, полных лет', hint: 'От 5 лет' },
  {
    name: 'maxAge',
    label: 'Возраст до, полных лет',
    hint: 'Не включая: ребёнок подходит, пока ему не исполнилось столько лет; до 18',
  },
  { name: 'significantPrograms', label: 'Значимые программы' },
  { name: 'generalPrograms', label: 'Общеразвивающие программы' },
  { name: 'preProfessionalPrograms', label: 'Предпрофессиональные программы' },
  { name: 'municipalityLimit', label: 'Лимит средств муниципалитета, руб.', hint: MONEY_HINT, money: true },
];

/**
 * «Добавить группу сертификатов» (no `setting`) or its edit: the name, nominal, age range, budget programs per
 * registry and the municipality's money limit, checked by the server field by field.
 */
export function GroupSettingForm({
  municipalityId,
  setting,
  onSaved,
  onCancel,
}: {
  /** The regional operator's municipality; the municipal operator's own is the server's. */
  municipalityId: string | null;
  setting: GroupSettingRowFragment | null;
  onSaved: (saved: GroupSettingRowFragment) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(setting));
  const [error, setError] = useState<DescribedError | null>(null);
  const [create, created] = useMutation(CreateGroupSettingMutation);
  const [update, updated] = useMutation(UpdateGroupSettingMutation);
  const loading = created.loading || updated.loading;
  const messageOf = (name: string) => fieldMessage(error, name) ?? fieldMessage(error, `input.${name}`);
  const summary = summaryErrors(ORDER, messageOf, (name) => `${id}-${name}`);
  const explained = new Set(ORDER.flatMap((name) => [name, `input.${name}`]));
  const unexplained = Object.entries(error?.fields ?? {}).filter(([name]) => !explained.has(name));
  const general = !error
    ? undefined
    : !error.fields
      ? error.message
      : unexplained.map(([, message]) => message).join(' ') || undefined;

  // The form opens on a click: the keyboard and the screen reader move to it.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, []);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const notWhole = WHOLE_FIELDS.filter((name) => !/^\d{1,3}$/.test(values[name].trim()));
    if (notWhole.length > 0) {
      setError({
        message: 'Введите целое число',
        fields: Object.fromEntries(notWhole.map((name) => [name, 'Введите целое число, например 2'])),
      });
      return;
    }
    const input: GroupSettingInput = {
      name: values.name,
      nominal: values.nominal,
      municipalityLimit: values.municipalityLimit,
      ...Object.fromEntries(WHOLE_FIELDS.map((name) => [name, Number(values[name].trim())])),
    } as GroupSettingInput;
    setError(null);
    try {
      const result = setting
        ? (await update({ variables: { id: setting.id, input } })).data?.updateGroupSetting
        : (await create({ variables: { municipalityId, input } })).data?.createGroupSetting;
      if (result) onSaved(result);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const field = (name: keyof Values, label: string, hint?: string, money = false) => (
    <FormField key={name} id={`${id}-${name}`} label={label} required hint={hint} error={messageOf(name)}>
      {(wiring) => (
        <input
          {...wiring}
          name={name}
          type="text"
          inputMode={money ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={values[name]}
          onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
        />
      )}
    </FormField>
  );

  const titleId = `${id}-title`;
  return (
    <AppForm className="page-panel" aria-labelledby={titleId} onSubmit={handleSubmit}>
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {setting ? `Изменить группу «${setting.name}»` : 'Добавить группу сертификатов'}
      </h2>
      <ErrorSummary errors={summary} general={general} />
      <RequiredNote />
      <FormField
        id={`${id}-name`}
        label="Наименование группы сертификатов"
        required
        hint="Например: Дети в возрасте от 5 до 18 лет, проживающие на территории …"
        error={messageOf('name')}
      >
        {(wiring) => (
          <input
            {...wiring}
            name="name"
            type="text"
            autoComplete="off"
            value={values.name}
            onChange={(event) => setValues((current) => ({ ...current, name: event.target.value }))}
          />
        )}
      </FormField>
      {FIELDS.slice(0, 3).map((entry) => field(entry.name, entry.label, entry.hint, entry.money))}
      <fieldset className={styles.fieldset}>
        <legend>Число бюджетных программ, доступных ребёнку, по реестрам</legend>
        {FIELDS.slice(3, 6).map((entry) => field(entry.name, entry.label, entry.hint))}
      </fieldset>
      {FIELDS.slice(6).map((entry) => field(entry.name, entry.label, entry.hint, entry.money))}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading || undefined}>
          {setting ? 'Сохранить' : 'Добавить'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Отмена
        </button>
      </div>
    </AppForm>
  );
}
