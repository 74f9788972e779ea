import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { PortfolioHome } from './_portfolio/portfolio-home';

export const metadata: Metadata = { title: 'Портфолио' };
export const dynamic = 'force-dynamic';

/** «ПОРТФОЛИО» (seed 002): the child's achievements and wins, with their files. */
export default async function PortfolioPage() {
  return <PortfolioHome session={await serverQuery(MeDocument)} />;
}
