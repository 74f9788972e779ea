'use client';

import { useQuery } from '@apollo/client/react';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { queriesOfRole } from '../../_apollo/role-queries';
import { MeQuery } from '../../_auth/auth.operations';
import { NewsPublisher } from '../../navigator/news/_news/news-publisher';
import { REGISTRY_NEWS_QUERIES } from './registry-news-queries';

/** The operators' «Новости» page: the same publisher as the provider's, for the operator's audience. */
export function RegistryNews({ server }: { server: ServerAnswer }) {
  usePrimedCache(server, [], queriesOfRole(server, REGISTRY_NEWS_QUERIES));
  const { data } = useQuery(MeQuery);
  const role = data?.me?.role;
  return (
    <section aria-labelledby="registry-news-title">
      <h1 id="registry-news-title">Новости</h1>
      {role === 'MUNICIPAL_OPERATOR' || role === 'REGIONAL_OPERATOR' ? (
        <NewsPublisher audience={role === 'REGIONAL_OPERATOR' ? 'всего региона' : 'вашего муниципалитета'} />
      ) : (
        <p>Новости публикуют уполномоченный орган муниципалитета и региональный оператор.</p>
      )}
    </section>
  );
}
