import type { NewsItemFieldsFragment } from '@/gql/graphql';
import { formatRegionDateTime } from '../../../_ui/format';
import { newsAuthor } from './news-author';

/** One news item: its title, who published it and when, and its text in paragraphs. */
export function NewsArticle({ item, headingLevel = 2 }: { item: NewsItemFieldsFragment; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="page-panel" aria-labelledby={`news-${item.id}`}>
      <Heading id={`news-${item.id}`}>{item.title}</Heading>
      <p className="muted">
        {newsAuthor(item)} · {formatRegionDateTime(item.publishedAt)}
        {item.editedAt ? ` · изменена ${formatRegionDateTime(item.editedAt)}` : ''}
      </p>
      {item.body.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </article>
  );
}
