import type { NewsItemFieldsFragment } from '@/gql/graphql';

/** Who published the item, as the holder reads it. */
export function newsAuthor(item: NewsItemFieldsFragment): string {
  if (item.authorKind === 'PROVIDER') return item.authorOrganization?.name ?? 'Образовательная организация';
  if (item.authorKind === 'MUNICIPALITY') {
    return `Уполномоченный орган${item.audienceMunicipality ? `, ${item.audienceMunicipality.name}` : ''}`;
  }
  return 'Региональный оператор';
}
