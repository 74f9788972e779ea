import { CertificateAtHandDocument } from '@/gql/graphql';
import { registryPageQuery } from '../../_shell/registry-session';

/** The session, the operator and the certificate at hand: an action page's one request from its server render. */
export const CertificateActionPageQuery = registryPageQuery('CertificateActionPage', CertificateAtHandDocument);
