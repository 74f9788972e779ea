import type { Metadata } from 'next';
import { MeDocument, NavigatorCabinetDocument } from '@/gql/graphql';
import { mergeQueries, serverQuery } from '../_server/server-query';
import { NavigatorHome } from './_shell/cabinet/navigator-home';

export const metadata: Metadata = { title: 'Кабинет' };

/** The signed-in user and, for a certificate holder, his cabinet: the server render's one request. */
const NavigatorHomePageQuery = mergeQueries('NavigatorHomePage', MeDocument, NavigatorCabinetDocument);

export default async function NavigatorPage() {
  return <NavigatorHome session={await serverQuery(NavigatorHomePageQuery)} />;
}
