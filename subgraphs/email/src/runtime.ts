import { DataSource } from 'typeorm';
import { Topic } from '@pfdo/contracts';
import { deliverTo, OutboxRelay, ServiceConfig, SubgraphDatabases, SubgraphRuntime } from '@pfdo/platform';
import { EmailConfig } from './config';
import { SCHEMA } from './data-source';
import { SmtpSender, smtpSender } from './mail/smtp-sender';

export class EmailRuntime implements SubgraphRuntime {
  readonly dataSource: DataSource;
  /** The relay's and the inbox's pool. */
  readonly background: DataSource;
  readonly relay: OutboxRelay;
  private readonly smtp: SmtpSender;

  constructor(
    databases: SubgraphDatabases,
    readonly config: ServiceConfig & EmailConfig,
  ) {
    this.dataSource = databases.requests;
    this.background = databases.background;
    this.smtp = smtpSender(config.smtpUrl, config.mailFrom, config.outboxLanes);
    this.relay = new OutboxRelay(this.background, {
      schema: SCHEMA,
      maxBackoffMs: config.outboxMaxBackoffMs,
      retentionDays: config.outboxRetentionDays,
      lanes: config.outboxLanes,
      // Each e-mail is independent of the others: they leave side by side over the pooled SMTP connections.
      laneOf: (event) => (event.topic === Topic.sendMail ? event.id : event.topic),
      handlers: {
        [Topic.sendMail]: this.smtp.send,
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

  async stop(): Promise<void> {
    await this.relay.stop();
    this.smtp.close();
  }
}
