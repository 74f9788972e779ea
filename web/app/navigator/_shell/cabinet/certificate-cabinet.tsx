'use client';

import { useQuery } from '@apollo/client/react';
import { NavigatorCabinetDocument, type NavigatorCabinetQuery } from '@/gql/graphql';
import { usePrimedJustNow } from '../../../_apollo/prime';
import { LoadState } from '../../../_ui/load-state';
import { CertificatePossibilitiesSection } from './certificate-possibilities';
import { NotificationFeed } from './notification-feed';

type Cabinet = NonNullable<NavigatorCabinetQuery['myCertificateCabinet']>;

const STATUS_NAMES: Record<string, string> = {
  FROZEN: 'Сертификат заморожен',
  CONSENT_WITHDRAWN: 'Согласие на обработку персональных данных отозвано',
};

/** «КАБИНЕТ» (seed 002): the certificate's status, its possibilities and money, the portal's notifications. */
export function CertificateCabinetView() {
  // Asked afresh on every visit (money and notifications move), but not on the page load whose server render
  // has just fetched it (prime.ts).
  const primed = usePrimedJustNow(NavigatorCabinetDocument);
  const { data, loading, error, refetch } = useQuery(NavigatorCabinetDocument, {
    fetchPolicy: primed ? 'cache-first' : 'cache-and-network',
  });
  const cabinet = data?.myCertificateCabinet;
  return (
    <>
      <h1>Кабинет</h1>
      {cabinet ? (
        <>
          <p className="muted">Сертификат № {cabinet.number}</p>
          <CertificateStatus cabinet={cabinet} />
          <CertificatePossibilitiesSection cabinet={cabinet} />
          <NotificationFeed first={cabinet.notifications} />
        </>
      ) : (
        <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />
      )}
    </>
  );
}

function CertificateStatus({ cabinet }: { cabinet: Cabinet }) {
  if (!cabinet.registered) {
    return (
      <p className="notice notice-warning">
        Данные сертификата ещё не поступили в навигатор из реестра сертификатов: его статус и возможности появятся
        здесь, когда оператор реестра передаст их («Отправить в ПФДО»).
      </p>
    );
  }
  if (cabinet.activated) return <p className="notice notice-success">Сертификат активирован</p>;
  const other = cabinet.status ? STATUS_NAMES[cabinet.status] : undefined;
  if (other) return <p className="notice notice-warning">{other}</p>;
  return (
    <div className="notice notice-warning">
      <p>
        <strong>Сертификат не активирован</strong>
      </p>
      <p>
        Организация не сможет зачислить ребёнка на образовательную программу, пока сертификат не активирован, хотя
        заявку на зачисление подать можно.
      </p>
      <p>
        Для активации сертификата заявитель предоставляет документы ребёнка в организацию, ответственную за приём
        заявлений на получение сертификата или за ведение реестра сертификатов, и подписывает заявление о согласии на
        обработку персональных данных.
      </p>
    </div>
  );
}
