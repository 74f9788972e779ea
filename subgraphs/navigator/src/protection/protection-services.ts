import { DataSource } from 'typeorm';
import { EnvReader } from '@pfdo/platform';
import { serviceUrl, urlVariableOf } from '@pfdo/platform/services';
import { CertificatesService } from './child-name-check';
import { ProtectionAttempts } from './protection-attempts';

/** What a provider's request on a holder's behalf needs beyond the database: the registry, and the attempts' count. */
export interface ProtectionServices extends CertificatesService {
  attempts: ProtectionAttempts;
}

export interface ProtectionConfig {
  /** The certificates subgraph, asked whether a child's full name is the certificate's («Подтверждение по ФИО»). */
  certificatesUrl: string;
}

export function readProtectionConfig(reader: EnvReader): ProtectionConfig {
  return { certificatesUrl: reader.url(urlVariableOf('certificates'), ['http', 'https'], serviceUrl('certificates')) };
}

export function protectionServices(
  dataSource: DataSource,
  config: ProtectionConfig & { gatewaySecret: string },
): ProtectionServices {
  return {
    attempts: new ProtectionAttempts(dataSource),
    certificatesUrl: config.certificatesUrl,
    gatewaySecret: config.gatewaySecret,
  };
}
