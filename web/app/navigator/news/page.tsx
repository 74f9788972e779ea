import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { serverQueryByRole } from '../../_server/server-query';
import { NewsHome } from './_news/news-home';
import { NEWS_PAGE_QUERIES } from './_news/news-page-queries';

export const metadata: Metadata = { title: 'Новости' };
export const dynamic = 'force-dynamic';

/** «НОВОСТИ» (seed 002): news of the holder's municipality and the region; a provider publishes its own. */
export default async function NewsPage() {
  return <NewsHome session={await serverQueryByRole('NavigatorNewsPage', MeDocument, NEWS_PAGE_QUERIES)} />;
}
