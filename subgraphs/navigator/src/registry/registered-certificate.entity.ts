import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A certificate the registry has handed to the navigator («Отправить в ПФДО»). */
@Entity({ name: 'registered_certificates' })
export class RegisteredCertificateEntity {
  @PrimaryColumn('uuid', { name: 'certificate_id' })
  certificateId: string;

  @Column('text')
  number: string;

  @Column('text')
  status: string;

  @Column('uuid', { name: 'municipality_id' })
  municipalityId: string;

  @Column('uuid', { name: 'group_id' })
  groupId: string;

  @Column('text', { name: 'group_name' })
  groupName: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
