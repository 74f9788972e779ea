import { deliverTo, OutboxRelay, ServiceConfig, SubgraphRuntime } from '@pfdo/platform';
import { DataSource } from 'typeorm';
import { CertificatesConfig } from './config';
import { SCHEMA } from './data-source';
import { ScanUploadQuota } from './documents/scan-upload-quota';
import { MunicipalityDirectory } from './shared/municipality-directory';
import { LocalFolderScanStorage, ScanStorage } from './storage/scan-storage';

/** Topics this subgraph publishes, and who receives them. */
export const Topic = {
  emailConfirmationRequested: 'application.email-confirmation-requested',
  certificateIssued: 'certificate.issued',
  certificateAnnulled: 'certificate.annulled',
  organizationApplicationCreated: 'organization.application-created',
} as const;

export class CertificatesRuntime implements SubgraphRuntime {
  readonly relay: OutboxRelay;
  readonly storage: ScanStorage;
  readonly municipalities: MunicipalityDirectory;
  readonly scanQuota: ScanUploadQuota;

  constructor(
    readonly dataSource: DataSource,
    readonly config: ServiceConfig & CertificatesConfig,
  ) {
    this.relay = new OutboxRelay(dataSource, {
      schema: SCHEMA,
      maxBackoffMs: config.outboxMaxBackoffMs,
      retentionDays: config.outboxRetentionDays,
      handlers: {
        [Topic.emailConfirmationRequested]: deliverTo(config.emailUrl, 'certificates', config.gatewaySecret),
        [Topic.certificateIssued]: deliverTo(config.organizationsUrl, 'certificates', config.gatewaySecret),
        [Topic.certificateAnnulled]: deliverTo(config.organizationsUrl, 'certificates', config.gatewaySecret),
        [Topic.organizationApplicationCreated]: deliverTo(config.emailUrl, 'certificates', config.gatewaySecret),
      },
      // Once the e-mail subgraph has it, the cabinet's password and the form are not kept here.
      redactOnDelivery: { [Topic.organizationApplicationCreated]: ['navigatorPassword', 'formPdfBase64'] },
    });
    this.storage = new LocalFolderScanStorage(config.scanStorageDir);
    this.municipalities = new MunicipalityDirectory(config.organizationsUrl, config.gatewaySecret);
    this.scanQuota = new ScanUploadQuota(dataSource, config);
  }

  start(): void {
    this.relay.start();
    this.relay.nudge();
  }

  stop(): Promise<void> {
    return this.relay.stop();
  }
}
