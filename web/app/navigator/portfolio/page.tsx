import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { serverQueryByRole } from '../../_server/server-query';
import { PortfolioHome } from './_portfolio/portfolio-home';
import { PORTFOLIO_PAGE_QUERIES } from './_portfolio/portfolio-page-queries';

export const metadata: Metadata = { title: 'Портфолио' };
export const dynamic = 'force-dynamic';

/** «ПОРТФОЛИО» (seed 002): the child's achievements and wins, with their files. */
export default async function PortfolioPage() {
  return (
    <PortfolioHome session={await serverQueryByRole('NavigatorPortfolioPage', MeDocument, PORTFOLIO_PAGE_QUERIES)} />
  );
}
