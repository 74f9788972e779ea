import type { DocumentNode } from 'graphql';
import { MeDocument, RegistryMeDocument } from '@/gql/graphql';
import { mergeQueries } from '../../_server/server-query';

/**
 * A registry page's one request from the server render: the signed-in user and operator (RegistryGate)
 * together with `page`, the queries of the page's own content.
 */
export function registryPageQuery(name: string, ...page: DocumentNode[]): DocumentNode {
  return mergeQueries(name, MeDocument, RegistryMeDocument, ...page);
}
