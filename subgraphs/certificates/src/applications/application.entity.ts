import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { ApplicationKind, ApplicationStatus } from './application-status';

export interface RequestedChanges {
  child?: { surname: string; name: string; patronymic: string; birthDate: string };
  document?: { type: string; series: string; number: string; issueDate: string; issuedBy: string };
  groupId?: string;
  municipalityId?: string;
}

@Entity({ name: 'applications' })
export class ApplicationEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** 8 digits, random, unique. */
  @Index({ unique: true })
  @Column('text')
  number: string;

  @Column('text')
  kind: ApplicationKind;

  @Column('text')
  status: ApplicationStatus;

  @Index()
  @Column('uuid', { name: 'municipality_id' })
  municipalityId: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('uuid', { name: 'certificate_id', nullable: true })
  certificateId: string | null;

  @Column('uuid', { name: 'received_by_organization_id', nullable: true })
  receivedByOrganizationId: string | null;

  @Column('timestamptz', { name: 'documents_received_at', nullable: true })
  documentsReceivedAt: Date | null;

  @Column('uuid', { name: 'applicant_user_id', nullable: true })
  applicantUserId: string | null;

  @Column('text', { name: 'applicant_name', default: '' })
  applicantName: string;

  @Column('text', { name: 'applicant_email', nullable: true })
  applicantEmail: string | null;

  /** A child of 14 or more applying for himself. */
  @Column('boolean', { name: 'applicant_is_child', default: false })
  applicantIsChild: boolean;

  @Column('uuid', { name: 'document_id', nullable: true })
  documentId: string | null;

  @Column('uuid', { name: 'group_id', nullable: true })
  groupId: string | null;

  @Column('timestamptz', { name: 'email_confirmed_at', nullable: true })
  emailConfirmedAt: Date | null;

  @Column('text', { name: 'refusal_reason', nullable: true })
  refusalReason: string | null;

  /** When an operator confirmed or refused it. */
  @Column('timestamptz', { name: 'processed_at', nullable: true })
  processedAt: Date | null;

  @Column('uuid', { name: 'processed_by_user_id', nullable: true })
  processedByUserId: string | null;

  /** For a change of municipality: the municipality the certificate leaves. */
  @Column('uuid', { name: 'source_municipality_id', nullable: true })
  sourceMunicipalityId: string | null;

  /** What a change application asks for; applied to the certificate when it is confirmed. */
  @Column('jsonb', { name: 'requested_changes', nullable: true })
  requestedChanges: RequestedChanges | null;

  @Column('uuid', { name: 'created_by_organization_id', nullable: true })
  createdByOrganizationId: string | null;

  @Column('text', { name: 'applicant_phone', nullable: true })
  applicantPhone: string | null;

  /** «Данные отправлены в ПФДО». */
  @Column('timestamptz', { name: 'sent_to_navigator_at', nullable: true })
  sentToNavigatorAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
