import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { CertificateStatus } from './certificate-status';

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

  @Column('uuid', { name: 'group_id' })
  groupId: string;

  @Column('uuid', { name: 'child_id' })
  childId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
