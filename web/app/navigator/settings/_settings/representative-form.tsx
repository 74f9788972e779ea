'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { AppForm } from '@/app/_ui/app-form';
import {
  HolderSettingsPlacesDocument,
  MyHolderSettingsDocument,
  SaveHolderSettingsDocument,
  type MyHolderSettingsQuery,
} from '@/gql/graphql';
import { describeError, type DescribedError } from '../../../_auth/describe-error';
import { FormField } from '../../../_ui/form-field';

type Settings = MyHolderSettingsQuery['myHolderSettings'];

/**
 * «Законный представитель» and «удобный адрес для посещения занятий» (seed 002 §8). The machine that runs the
 * navigator has no geocoder: the convenient address is a place of study of the catalogue the family picks (its
 * address and point are taken), the nearest programs are measured from it.
 */
export function RepresentativeForm({ settings }: { settings: Settings }) {
  const id = useId();
  const places = useQuery(HolderSettingsPlacesDocument);
  const [name, setName] = useState(settings.representativeName);
  const [phone, setPhone] = useState(settings.representativePhone);
  const [placeId, setPlaceId] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(SaveHolderSettingsDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const keepAddress = placeId === '';
    try {
      await save({
        variables: {
          input: {
            representativeName: name,
            representativePhone: phone,
            ...(keepAddress
              ? { address: settings.address, latitude: settings.latitude, longitude: settings.longitude }
              : { placeId }),
          },
        },
        update: (cache, { data }) => {
          if (data)
            cache.writeQuery({ query: MyHolderSettingsDocument, data: { myHolderSettings: data.saveHolderSettings } });
        },
      });
      setPlaceId('');
      setSaved(true);
    } catch (caught) {
      setError(describeError(caught));
    }
  }

  const fieldError = (field: string) => error?.fields?.[field] ?? (error?.field === field ? error.message : undefined);
  const markers = (places.data?.catalogueMap ?? []).filter((marker) => marker.kind === 'PLACE_OF_STUDY');
  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Законный представитель и удобный адрес</h2>
      <p>
        На основе удобного адреса навигатор будет предлагать территориально приближенные образовательные организации и
        программы.
      </p>
      <AppForm onSubmit={handleSubmit} aria-labelledby={`${id}-title`}>
        <FormField id={`${id}-name`} label="ФИО законного представителя" error={fieldError('representativeName')}>
          {(wiring) => (
            <input
              {...wiring}
              autoComplete="name"
              maxLength={600}
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-phone`}
          label="Телефон законного представителя"
          hint="Например, +7 905 123-45-67"
          error={fieldError('representativePhone')}
        >
          {(wiring) => (
            <input
              {...wiring}
              type="tel"
              autoComplete="tel"
              maxLength={30}
              value={phone}
              onChange={(event) => setPhone(event.target.value)}
            />
          )}
        </FormField>
        <p>
          Удобный адрес: <strong data-testid="convenient-address">{settings.address || 'не указан'}</strong>
        </p>
        <FormField
          id={`${id}-place`}
          label="Изменить удобный адрес"
          hint="Выберите место занятий навигатора, рядом с которым вам удобно заниматься"
          error={fieldError('placeId')}
        >
          {(wiring) => (
            <select {...wiring} value={placeId} onChange={(event) => setPlaceId(event.target.value)}>
              <option value="">— оставить прежний —</option>
              {markers.map((marker) => (
                <option key={marker.id} value={marker.id}>
                  {marker.address} ({marker.label})
                </option>
              ))}
            </select>
          )}
        </FormField>
        {error &&
          !error.fields &&
          !['representativeName', 'representativePhone', 'placeId'].includes(error.field ?? '') && (
            <p role="alert" className="form-error">
              {error.message}
            </p>
          )}
        {saved && (
          <p role="status" className="notice notice-success">
            Данные сохранены.
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={saving.loading}>
            Сохранить
          </button>
        </div>
      </AppForm>
    </section>
  );
}
