import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StatusMailKind } from '@pfdo/contracts';

/** The optional status e-mails one user turned off; no row: every kind comes. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('text', { name: 'muted_kinds', array: true, default: () => `'{}'` })
  mutedKinds: StatusMailKind[];

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  @Column('text', { name: 'updated_via' })
  updatedVia: 'settings' | 'unsubscribe';
}
