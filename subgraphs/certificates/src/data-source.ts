import { createDataSource, DatabaseOptions } from '@pfdo/platform';
import { ApplicationEntity } from './applications/application.entity';
import { CertificateGroupEntity } from './certificate-groups/certificate-group.entity';
import { CertificateEntity } from './certificates/certificate.entity';
import { ChildEntity, ChildGuardianEntity } from './children/child.entity';
import { ChildDocumentEntity, DocumentScanEntity } from './documents/child-document.entity';
import { Initial1764000000000 } from './migrations/1764000000000-initial';
import { CitizenFlow1764100000000 } from './migrations/1764100000000-citizen-flow';
import { Processing1764200000000 } from './migrations/1764200000000-processing';
import { OrganizationApplications1764300000000 } from './migrations/1764300000000-organization-applications';
import { NavigatorHandoff1764400000000 } from './migrations/1764400000000-navigator-handoff';
import { UploadQuotas1764500000000 } from './migrations/1764500000000-upload-quotas';
import { OutboxLeases1764610000000 } from './migrations/1764610000000-outbox-leases';
import { RequestIds1764700000000 } from './migrations/1764700000000-request-ids';
import { GroupAdmin1764820000000 } from './migrations/1764820000000-group-admin';
import { CertificateRegister1764830000000 } from './migrations/1764830000000-certificate-register';
import { CertificateHandover1764841000000 } from './migrations/1764841000000-certificate-handover';
import { RegulationsAndReports1764850000000 } from './migrations/1764850000000-regulations-and-reports';
import { RegisterSearchIndexes1764890000000 } from './migrations/1764890000000-register-search-indexes';
import { MunicipalCitizenNotices1765100000000 } from './migrations/1765100000000-municipal-citizen-notices';
import { MunicipalRegulationEntity, MunicipalRegulationExcerptEntity } from './regulations/regulation.entity';

export const SCHEMA = 'certificates';

export function createCertificatesDataSource(url: string, options: DatabaseOptions = {}) {
  return createDataSource({
    ...options,
    schema: SCHEMA,
    url,
    entities: [
      ChildEntity,
      ChildGuardianEntity,
      CertificateGroupEntity,
      CertificateEntity,
      ApplicationEntity,
      ChildDocumentEntity,
      DocumentScanEntity,
      MunicipalRegulationEntity,
      MunicipalRegulationExcerptEntity,
    ],
    migrations: [
      Initial1764000000000,
      CitizenFlow1764100000000,
      Processing1764200000000,
      OrganizationApplications1764300000000,
      NavigatorHandoff1764400000000,
      UploadQuotas1764500000000,
      OutboxLeases1764610000000,
      RequestIds1764700000000,
      GroupAdmin1764820000000,
      CertificateRegister1764830000000,
      CertificateHandover1764841000000,
      RegulationsAndReports1764850000000,
      RegisterSearchIndexes1764890000000,
      MunicipalCitizenNotices1765100000000,
    ],
  });
}
