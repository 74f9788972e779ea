'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import {
  ConsentToPersonalDataRulesDocument,
  MyHolderSettingsDocument,
  NearbyProgramsDocument,
  type MyHolderSettingsQuery,
} from '@/gql/graphql';
import { describeError } from '../../../_auth/describe-error';
import { formatRegionDateTime } from '../../../_ui/format';

type Settings = MyHolderSettingsQuery['myHolderSettings'];

const distance = (meters: number) =>
  meters < 1000 ? `${meters} м` : `${(meters / 1000).toFixed(1).replace('.', ',')} км`;

/**
 * «Ознакомьтесь с правилами обработки персональных данных … и поставьте отметку о согласии с ними» (seed 002 §8),
 * then the programs nearest to the convenient address, which the navigator uses only with that consent.
 */
export function ConsentAndNearby({ settings }: { settings: Settings }) {
  const id = useId();
  const [ticked, setTicked] = useState(false);
  const [consent, consenting] = useMutation(ConsentToPersonalDataRulesDocument);
  const [message, setMessage] = useState<string | null>(null);
  const ready = settings.personalDataConsentCurrent && settings.latitude !== null;
  const nearby = useQuery(NearbyProgramsDocument, { variables: { first: 5 }, skip: !ready });

  async function give() {
    setMessage(null);
    if (!ticked) {
      setMessage('Поставьте отметку о согласии с правилами');
      return;
    }
    try {
      await consent({
        variables: { version: settings.personalDataRulesVersion },
        update: (cache, { data }) => {
          if (data) {
            cache.writeQuery({
              query: MyHolderSettingsDocument,
              data: { myHolderSettings: data.consentToPersonalDataRules },
            });
          }
        },
      });
    } catch (caught) {
      setMessage(describeError(caught).message);
    }
  }

  return (
    <section className="page-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Правила обработки персональных данных</h2>
      <p>
        Ознакомьтесь с{' '}
        <a href="/navigator/settings/personal-data-rules">
          правилами обработки персональных данных в автоматизированной информационной системе «Персонифицированное
          финансирование дополнительного образования»
        </a>{' '}
        и поставьте отметку о согласии с ними.
      </p>
      {settings.personalDataConsentCurrent && settings.personalDataConsentAt ? (
        <p className="notice notice-success" data-testid="consent-given">
          Согласие с правилами (редакция {settings.personalDataConsentVersion}) дано{' '}
          {formatRegionDateTime(settings.personalDataConsentAt)}.
        </p>
      ) : (
        <div>
          <div className="radio">
            <input
              id={`${id}-tick`}
              type="checkbox"
              checked={ticked}
              onChange={(event) => setTicked(event.target.checked)}
            />
            <label htmlFor={`${id}-tick`}>С правилами обработки персональных данных ознакомлен(а) и согласен(а)</label>
          </div>
          {message && (
            <p role="alert" className="form-error">
              {message}
            </p>
          )}
          <div className="actions">
            <button type="button" className="button button-primary" onClick={give} disabled={consenting.loading}>
              Подтвердить согласие
            </button>
          </div>
        </div>
      )}
      <h3>Программы рядом с удобным адресом</h3>
      {!settings.personalDataConsentCurrent ? (
        <p className="muted">Навигатор предложит программы рядом с удобным адресом после согласия с правилами.</p>
      ) : settings.latitude === null ? (
        <p className="muted">Укажите удобный адрес, и навигатор предложит программы рядом с ним.</p>
      ) : (
        <ol data-testid="nearby-programs">
          {(nearby.data?.nearbyPrograms ?? []).map((row) => (
            <li key={row.program.id}>
              <a href={`/navigator/programs/${row.program.id}`}>{row.program.title}</a> — {distance(row.distanceMeters)}
              , {row.address}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
