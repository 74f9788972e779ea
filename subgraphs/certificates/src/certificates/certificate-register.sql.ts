import { Identity } from '@pfdo/platform';
import { createCertificatesDataSource } from '../data-source';
import { certificateRegisterQuery, FEW_CHILDREN, fewMatchingChildrenSql } from './certificate-register.service';
import { CertificateRegisterTab, CertificateSearchInput } from './certificate-register.types';
import { CertificateEntity } from './certificate.entity';

export { CertificateRegisterTab };

/**
 * The register's SQL as the service sends it, for `npm run bench:certificate-register` to EXPLAIN: the very
 * statement of `certificateRegisterQuery`, not a copy that could drift from it.
 */
export async function openCertificateRegisterSql(databaseUrl: string) {
  const dataSource = await createCertificatesDataSource(databaseUrl).initialize();
  return {
    sqlOf(
      identity: Pick<Identity, 'role' | 'municipalityId'>,
      tab: CertificateRegisterTab,
      search: CertificateSearchInput,
      limit: number,
      afterNumber: string | null,
      childIds: string[] | null,
    ): [string, unknown[]] {
      const query = dataSource.getRepository(CertificateEntity).createQueryBuilder('certificate');
      return certificateRegisterQuery(
        query,
        identity,
        tab,
        search,
        limit,
        afterNumber,
        childIds,
      ).getQueryAndParameters();
    },
    /** The first step of a name search, as the service sends it (its rows: FEW_CHILDREN or fewer, or more). */
    childrenSqlOf: (search: CertificateSearchInput) => fewMatchingChildrenSql(search),
    fewChildren: FEW_CHILDREN,
    close: () => dataSource.destroy(),
  };
}
