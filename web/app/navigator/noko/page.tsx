import type { Metadata } from 'next';
import { MeDocument } from '@/gql/graphql';
import { serverQuery } from '../../_server/server-query';
import { NokoHome } from './noko-home';

export const metadata: Metadata = { title: 'НОКО' };

/** «НОКО» (seed 002 §9): the survey on the quality of additional education, where the region has it. */
export default async function NokoPage() {
  return <NokoHome session={await serverQuery(MeDocument)} />;
}
