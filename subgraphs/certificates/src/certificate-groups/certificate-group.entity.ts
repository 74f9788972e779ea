import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'certificate_groups' })
export class CertificateGroupEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'municipality_id' })
  municipalityId: string;

  @Column('text')
  name: string;

  @Column('int', { name: 'min_age' })
  minAge: number;

  /** Exclusive: a group «от 5 до 18 лет» takes children until the day they turn 18. */
  @Column('int', { name: 'max_age' })
  maxAge: number;

  @Column('boolean', { default: false })
  blocked: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
