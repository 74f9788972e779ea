'use client';

import { useQuery } from '@apollo/client/react';
import { LoadState } from '../../../_ui/load-state';
import { NewsArticle } from './news-article';
import { HOLDER_NEWS_VARIABLES } from './news-page-queries';
import { MyNewsDocument } from './news.operations';

/** «НОВОСТИ» of the holder's municipality and the region, newest first, ten at a time. */
export function HolderNews() {
  const { data, loading, error, refetch, fetchMore } = useQuery(MyNewsDocument, { variables: HOLDER_NEWS_VARIABLES });
  const page = data?.myNews;
  if (!page) return <LoadState loading={loading} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (page.items.length === 0) return <p>Новостей пока нет.</p>;
  return (
    <>
      {page.items.map((item) => (
        <NewsArticle key={item.id} item={item} />
      ))}
      {page.nextCursor && (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: page.nextCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  myNews: {
                    ...fetchMoreResult.myNews,
                    items: [...previous.myNews.items, ...fetchMoreResult.myNews.items],
                  },
                }),
              }).catch(() => undefined)
            }
          >
            Показать ещё
          </button>
        </div>
      )}
    </>
  );
}
