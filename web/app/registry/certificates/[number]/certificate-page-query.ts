import { CertificateAtHandDocument, CertificateRepresentativeEmailDocument } from '@/gql/graphql';
import { registryPageQuery } from '../../_shell/registry-session';

/** The session, the operator and the certificate at hand: an action page's one request from its server render. */
export const CertificateActionPageQuery = registryPageQuery('CertificateActionPage', CertificateAtHandDocument);

/** «Сформировать новую выписку»: the same, and where the extract can be e-mailed. */
export const CertificateExtractPageQuery = registryPageQuery(
  'CertificateExtractPage',
  CertificateAtHandDocument,
  CertificateRepresentativeEmailDocument,
);
