import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** SUPERSEDED: a newer link was sent for the same application. */
export type EmailConfirmationStatusValue = 'PENDING' | 'CONFIRMED' | 'SUPERSEDED';

/** A one-time link sent to an applicant's e-mail. Only the SHA-256 of the link's token is stored. */
@Entity({ name: 'email_confirmations' })
export class EmailConfirmationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'application_id' })
  applicationId: string;

  /** Copied from the application, so that reading the address can be scoped to its operators. */
  @Column('uuid', { name: 'municipality_id' })
  municipalityId: string;

  @Column('text', { name: 'application_number', default: '' })
  applicationNumber: string;

  @Column('uuid', { name: 'requested_by_user_id', nullable: true })
  requestedByUserId: string | null;

  @Column('text')
  email: string;

  @Index({ unique: true })
  @Column('text', { name: 'token_hash' })
  tokenHash: string;

  @Column('text')
  status: EmailConfirmationStatusValue;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'confirmed_at', nullable: true })
  confirmedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
