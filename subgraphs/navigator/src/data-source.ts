import { createDataSource, DatabaseOptions } from '@pfdo/platform';
import { Initial1764000000000 } from './migrations/1764000000000-initial';
import { RegisteredCertificates1764400000000 } from './migrations/1764400000000-registered-certificates';
import { GroupSettings1764820000000 } from './migrations/1764820000000-group-settings';
import { Inbox1764840000000 } from './migrations/1764840000000-inbox';
import { GroupSettingEditor1764900000000 } from './migrations/1764900000000-group-setting-editor';
import { Catalogue1765000000000 } from './migrations/1765000000000-catalogue';
import { CertificateCabinet1765050000000 } from './migrations/1765050000000-certificate-cabinet';
import { Contracts1765100000000 } from './migrations/1765100000000-contracts';
import { ContractSchedule1765150000000 } from './migrations/1765150000000-contract-schedule';
import { ProtectionAndPayments1765200000000 } from './migrations/1765200000000-protection-and-payments';
import { ProgramRatings1765300000000 } from './migrations/1765300000000-program-ratings';
import { NewsEventsPortfolio1765350000000 } from './migrations/1765350000000-news-events-portfolio';
import { PortfolioUploadQuotas1765360000000 } from './migrations/1765360000000-portfolio-upload-quotas';
import { HolderSettings1765410000000 } from './migrations/1765410000000-holder-settings';
import { HelpAndNoko1765460000000 } from './migrations/1765460000000-help-and-noko';
import { ProgramEntity } from './programs/program.entity';
import { RegisteredCertificateEntity } from './registry/registered-certificate.entity';

export const SCHEMA = 'navigator';

export function createNavigatorDataSource(url: string, options: DatabaseOptions = {}) {
  return createDataSource({
    ...options,
    schema: SCHEMA,
    url,
    entities: [ProgramEntity, RegisteredCertificateEntity],
    migrations: [
      Initial1764000000000,
      RegisteredCertificates1764400000000,
      GroupSettings1764820000000,
      Inbox1764840000000,
      GroupSettingEditor1764900000000,
      Catalogue1765000000000,
      CertificateCabinet1765050000000,
      Contracts1765100000000,
      ContractSchedule1765150000000,
      ProtectionAndPayments1765200000000,
      ProgramRatings1765300000000,
      NewsEventsPortfolio1765350000000,
      PortfolioUploadQuotas1765360000000,
      HolderSettings1765410000000,
      HelpAndNoko1765460000000,
    ],
  });
}
