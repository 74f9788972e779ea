'use client';

import { useQuery } from '@apollo/client/react';
import { usePrimedCache, type ServerAnswer } from '../../../_apollo/prime';
import { queriesOfRole } from '../../../_apollo/role-queries';
import { MeQuery } from '../../../_auth/auth.operations';
import { Main } from '../../../_ui/main';
import { HolderNews } from './holder-news';
import { NEWS_PAGE_QUERIES } from './news-page-queries';
import { NewsPublisher } from './news-publisher';

/** /navigator/news: «НОВОСТИ» for the holder; a provider publishes its own here; anyone else is sent to sign in. */
export function NewsHome({ session }: { session: ServerAnswer }) {
  usePrimedCache(session, [{ query: MeQuery }], queriesOfRole(session, NEWS_PAGE_QUERIES));
  const { data, loading } = useQuery(MeQuery);
  const me = data?.me ?? null;
  return (
    <Main>
      <h1>Новости</h1>
      {me?.role === 'CERTIFICATE_HOLDER' && <HolderNews />}
      {me?.role === 'PROVIDER' && <NewsPublisher audience="муниципалитета вашей организации" />}
      {!loading && me?.role !== 'CERTIFICATE_HOLDER' && me?.role !== 'PROVIDER' && (
        <p>
          {me ? 'Раздел доступен владельцу сертификата и образовательной организации. ' : ''}
          <a href="/navigator">Войти в личный кабинет сертификата</a>
        </p>
      )}
    </Main>
  );
}
