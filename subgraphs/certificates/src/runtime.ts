import { DataSource } from 'typeorm';
import { Topic } from '@pfdo/contracts';
import {
  DailyUploadQuota,
  deliverTo,
  OutboxEvent,
  OutboxRelay,
  ServiceConfig,
  SubgraphDatabases,
  SubgraphRuntime,
} from '@pfdo/platform';
import { CertificatesConfig } from './config';
import { createCertificatesDataSource, SCHEMA } from './data-source';
import { scanUploadQuota } from './documents/scan-upload-quota';
import { withApplicationForm } from './forms/application-form.mail';
import { ApplicationFormRenderer } from './forms/application-form.renderer';
import { GroupChangeQueue } from './group-changes/group-change.queue';
import { resumeGroupChanges, runGroupChangeBatch } from './group-changes/group-change.service';
import { MunicipalityDirectory } from './shared/municipality-directory';
import { LocalFolderScanStorage, ScanStorage } from './storage/scan-storage';

export class CertificatesRuntime implements SubgraphRuntime {
  readonly dataSource: DataSource;
  /** The outbox relay's and the inbox's pool. */
  readonly background: DataSource;
  readonly relay: OutboxRelay;
  readonly storage: ScanStorage;
  readonly municipalities: MunicipalityDirectory;
  readonly scanQuota: DailyUploadQuota;
  readonly forms: ApplicationFormRenderer;
  /** «Пакетные обработки»: the mass change of group, batch by batch on pg-boss. */
  readonly groupChanges: GroupChangeQueue;

  /** Opens the register's own pool beside the shared ones. */
  static async open(
    databases: SubgraphDatabases,
    config: ServiceConfig & CertificatesConfig,
  ): Promise<CertificatesRuntime> {
    const { database } = config;
    const register = await createCertificatesDataSource(config.databaseUrl, {
      counter: databases.counter,
      deadlines: { statementTimeoutMs: database.statementTimeoutMs, lockTimeoutMs: database.lockTimeoutMs },
      pool: {
        size: config.registerPoolSize,
        acquireTimeoutMs: database.acquireTimeoutMs,
        idleTimeoutMs: database.idleTimeoutMs,
      },
      purpose: 'register',
    }).initialize();
    return new CertificatesRuntime(databases, register, config);
  }

  constructor(
    databases: Pick<SubgraphDatabases, 'requests' | 'background'>,
    /** The register's pool: its searches and counts wait for their own connections, never for everyone's. */
    readonly register: DataSource,
    readonly config: ServiceConfig & CertificatesConfig,
  ) {
    this.dataSource = databases.requests;
    this.background = databases.background;
    this.storage = new LocalFolderScanStorage(config.scanStorageDir);
    this.municipalities = new MunicipalityDirectory(config.organizationsUrl, config.gatewaySecret);
    this.scanQuota = scanUploadQuota(this.dataSource, config);
    this.forms = new ApplicationFormRenderer({
      threads: config.pdfRenderThreads,
      queue: config.pdfRenderQueue,
      timeoutMs: config.pdfRenderTimeoutMs,
    });
    this.groupChanges = new GroupChangeQueue({
      databaseUrl: config.databaseUrl,
      runBatch: (jobId) => runGroupChangeBatch(this.dataSource, this.groupChanges, jobId, config.groupChangeBatchSize),
    });
    this.relay = new OutboxRelay(this.background, {
      schema: SCHEMA,
      maxBackoffMs: config.outboxMaxBackoffMs,
      retentionDays: config.outboxRetentionDays,
      lanes: config.outboxLanes,
      laneOf: certificatesLane,
      handlers: {
        [Topic.emailConfirmationRequested]: deliverTo(config.emailUrl, 'certificates', config.gatewaySecret),
        [Topic.certificateIssued]: deliverTo(config.organizationsUrl, 'certificates', config.gatewaySecret),
        [Topic.certificateAnnulled]: deliverTo(config.organizationsUrl, 'certificates', config.gatewaySecret),
        [Topic.certificateStatusChanged]: deliverTo(config.navigatorUrl, 'certificates', config.gatewaySecret),
        [Topic.certificatesRegrouped]: deliverTo(config.navigatorUrl, 'certificates', config.gatewaySecret),
        [Topic.certificateExtractMailRequested]: deliverTo(config.emailUrl, 'certificates', config.gatewaySecret),
        [Topic.statusMailRequested]: deliverTo(config.emailUrl, 'certificates', config.gatewaySecret),
        // The form is rendered as the event leaves, not in the transaction that wrote it.
        [Topic.organizationApplicationCreated]: withApplicationForm(
          this,
          deliverTo(config.emailUrl, 'certificates', config.gatewaySecret),
        ),
      },
      // Once the e-mail subgraph has it, the cabinet's password is not kept here (nor the form, in older events).
      // The extract carries the new password: gone from here too once delivered.
      redactOnDelivery: {
        [Topic.organizationApplicationCreated]: ['navigatorPassword', 'formPdfBase64'],
        [Topic.certificateExtractMailRequested]: ['extractPdfBase64'],
      },
    });
  }

  start(): void {
    this.groupChanges.startInBackground(() => resumeGroupChanges(this.dataSource, this.groupChanges));
    this.relay.start();
    this.relay.nudge();
  }

  async stop(): Promise<void> {
    await this.groupChanges.stop();
    await this.relay.stop();
    await this.forms.close();
    await this.register.destroy();
  }
}

/**
 * A request for an e-mail is independent of every other event: each goes in a lane of its own, so that the
 * September rush's confirmations leave side by side (the applicants' status e-mails too). The forms to e-mail share one lane (their PDF is rendered
 * on the workers parents' downloads use, and a relay must not fill their queue); the certificate's lifecycle
 * (issued, annulled, frozen, regrouped) keeps one lane, in the order it happened.
 */
export function certificatesLane(event: OutboxEvent): string {
  switch (event.topic) {
    case Topic.emailConfirmationRequested:
    case Topic.certificateExtractMailRequested:
    case Topic.statusMailRequested:
      return event.id;
    case Topic.organizationApplicationCreated:
      return 'forms';
    default:
      return 'lifecycle';
  }
}
