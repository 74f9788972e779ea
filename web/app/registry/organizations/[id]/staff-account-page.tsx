'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { LoadState } from '@/app/_ui/load-state';
import styles from '@/app/registry/_shell/registry.module.css';
import { BlockStaffAccount } from './block-staff-account';
import { EditStaffAccount } from './edit-staff-account';
import { ResetStaffAccountPassword } from './reset-staff-account-password';
import { StaffAccountQuery } from './staff-account.operations';

/** One account the operator keeps: its details to edit, its block, a new password. */
export function StaffAccountPage({ id }: { id: string }) {
  const { data, loading, error, refetch } = useQuery(StaffAccountQuery, { variables: { id } });
  if (!data) {
    return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  const account = data.staffAccount;
  if (!account) {
    return (
      <section className="page-panel">
        <h1>Пользователь не найден</h1>
        <p>
          Его нет среди пользователей, которых вы ведёте. <Link href="/registry/organizations">К списку</Link>
        </p>
      </section>
    );
  }
  return (
    <>
      <p>
        <Link href="/registry/organizations">← Пользователи организаций</Link>
      </p>
      <h1>{account.fullName}</h1>
      <dl className={styles.details}>
        <dt>Логин</dt>
        <dd>{account.login}</dd>
        <dt>Муниципалитет</dt>
        <dd>{account.municipality?.name ?? '—'}</dd>
        <dt>Состояние</dt>
        <dd data-testid="account-state">{account.blocked ? 'Заблокирован' : 'Активен'}</dd>
      </dl>
      <BlockStaffAccount account={account} />
      <EditStaffAccount key={JSON.stringify(account)} account={account} />
      <ResetStaffAccountPassword account={account} />
    </>
  );
}
