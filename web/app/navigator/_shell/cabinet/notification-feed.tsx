'use client';

import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { NavigatorCabinetDocument, type NavigatorCabinetQuery } from '@/gql/graphql';
import { formatRegionDateTime } from '../../../_ui/format';
import { ShowMore } from '../../../_ui/show-more';
import styles from '../navigator.module.css';

type Page = NonNullable<NavigatorCabinetQuery['myCertificateCabinet']>['notifications'];

/** «Оповещения»: what the portal did with the certificate, newest first, 20 at a time. */
export function NotificationFeed({ first }: { first: Page }) {
  const client = useApolloClient();
  const [more, setMore] = useState<Page[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pages = [first, ...more];
  const cursor = pages[pages.length - 1].nextCursor;

  async function showMore() {
    setLoading(true);
    setError(null);
    try {
      const result = await client.query({
        query: NavigatorCabinetDocument,
        variables: { after: cursor },
        fetchPolicy: 'network-only',
      });
      const page = result.data?.myCertificateCabinet?.notifications;
      if (page) setMore((loaded) => [...loaded, page]);
    } catch {
      setError('Не удалось загрузить оповещения. Попробуйте ещё раз');
    } finally {
      setLoading(false);
    }
  }

  const notifications = pages.flatMap((page) => page.notifications);
  return (
    <section aria-labelledby="feed-title">
      <h2 id="feed-title">Оповещения</h2>
      {notifications.length === 0 ? (
        <p className="muted">Оповещений пока нет.</p>
      ) : (
        <ul className={styles.feed}>
          {notifications.map((notification) => (
            <li key={notification.id}>
              <time dateTime={notification.occurredAt} className="muted">
                {formatRegionDateTime(notification.occurredAt)}
              </time>
              {notification.text}
            </li>
          ))}
        </ul>
      )}
      <ShowMore hasMore={!!cursor} loading={loading} error={error} onShowMore={() => void showMore()} />
    </section>
  );
}
