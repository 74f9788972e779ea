import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { CertificateStatus } from './certificate-status';
import { CertificateType } from './certificate-type';

@Entity({ name: 'certificates' })
export class CertificateEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** 10 digits, random, unique. */
  @Index({ unique: true })
  @Column('text')
  number: string;

  @Column('text')
  status: CertificateStatus;

  @Index()
  @Column('uuid', { name: 'municipality_id' })
  municipalityId: string;

  @Column('text', { name: 'certificate_type', default: 'ACCOUNTING' })
  certificateType: CertificateType;

  @Column('uuid', { name: 'group_id' })
  groupId: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('uuid', { name: 'application_id', nullable: true })
  applicationId: string | null;

  @Column('uuid', { name: 'document_id', nullable: true })
  documentId: string | null;

  /** When the navigator last received it («Отправить в ПФДО»); null: never. */
  @Column('timestamptz', { name: 'sent_to_navigator_at', nullable: true })
  sentToNavigatorAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
