import type { Metadata } from 'next';
import Link from 'next/link';
import { ChildDataReadsDocument, type ChildDataReadsQuery } from '@/gql/graphql';
import { serverQuery } from '../../../../../_server/server-query';
import { ServerLoadFailure } from '../../../../../_ui/server-load-failure';
import { childPaths } from '../../../../_children/application-step';
import { fullName } from '../../../../_children/format';
import { DataReadsList } from './data-reads-list';

export const metadata: Metadata = { title: 'Кто просматривал данные' };

const PAGE_SIZE = 20;

/**
 * «Кто просматривал данные» of one child: a server component, paged by a link (`?after=`), so that it works
 * without scripts and loads none of its own. The server asks for the page of every child of the account in one
 * statement (a loader), and shows this child's.
 */
export default async function ChildDataReadsPage({
  params,
  searchParams,
}: {
  params: Promise<{ childId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { childId } = await params;
  const after = (await searchParams).after;
  const cursor = typeof after === 'string' && after ? after : null;
  const answer = await serverQuery(ChildDataReadsDocument, { first: PAGE_SIZE, after: cursor });
  if (answer.status === 'signed-out') return null;
  const data = answer.status === 'ok' && answer.complete ? (answer.data as ChildDataReadsQuery) : null;
  const child = data?.me?.children.find((candidate) => candidate.id === childId);
  return (
    <>
      <h1>Кто просматривал данные{child ? `: ${fullName(child)}` : ''}</h1>
      {!data ? (
        <ServerLoadFailure />
      ) : !child ? (
        <div className="page-panel">
          <p>Ребёнок не найден среди детей этой учётной записи.</p>
          <Link href="/cabinet/children">Перейти к списку детей</Link>
        </div>
      ) : (
        <>
          <p>
            Здесь видно, когда сотрудники организаций по приёму заявлений, операторы реестра сертификатов и системы
            партнёров просматривали персональные данные ребёнка, что именно и по какой заявке. Имена сотрудников не
            показываются: только организация и её роль.
          </p>
          <DataReadsList
            reads={child.personalDataReads.items}
            nextHref={
              child.personalDataReads.nextCursor
                ? `${childPaths.dataReads(child.id)}?after=${encodeURIComponent(child.personalDataReads.nextCursor)}`
                : null
            }
          />
          <p>
            <Link href={childPaths.application(child.id)} prefetch={false}>
              Вернуться к сертификату
            </Link>
          </p>
        </>
      )}
    </>
  );
}
