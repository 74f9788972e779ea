import { DataSource } from 'typeorm';
import { Topic } from '@pfdo/contracts';
import { deliverTo, OutboxRelay, ServiceConfig, SubgraphDatabases, SubgraphRuntime } from '@pfdo/platform';
import { EmailConfig } from './config';
import { SCHEMA } from './data-source';
import { smtpSender } from './mail/smtp-sender';

export class EmailRuntime implements SubgraphRuntime {
  readonly dataSource: DataSource;
  /** The relay's and the inbox's pool. */
  readonly background: DataSource;
  readonly relay: OutboxRelay;

  constructor(
    databases: SubgraphDatabases,
    readonly config: ServiceConfig & EmailConfig,
  ) {
    this.dataSource = databases.requests;
    this.background = databases.background;
    this.relay = new OutboxRelay(this.background, {
      schema: SCHEMA,
      maxBackoffMs: config.outboxMaxBackoffMs,
      retentionDays: config.outboxRetentionDays,
      handlers: {
        [Topic.sendMail]: smtpSender(config.smtpUrl, config.mailFrom),
        [Topic.emailConfirmed]: deliverTo(config.certificatesUrl, 'email', config.gatewaySecret),
      },
      // A sent e-mail's body holds a one-time link: once delivered, only the envelope is kept.
      redactOnDelivery: { [Topic.sendMail]: ['text', 'html', 'attachments'] },
    });
  }

  start(): void {
    this.relay.start();
    this.relay.nudge();
  }

  stop(): Promise<void> {
    return this.relay.stop();
  }
}
