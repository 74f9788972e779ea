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

  /** «Описание группы сертификатов»: the registry operator's own words. */
  @Column('text', { default: '' })
  description: string;

  /** The navigator's setting this group was imported from («Импорт из PFDO»); null for groups made here. */
  @Column('uuid', { name: 'navigator_setting_id', nullable: true })
  navigatorSettingId: string | null;

  /** As imported; bigint comes back from pg as a string of digits. */
  @Column('bigint', { name: 'nominal_kopecks', nullable: true })
  nominalKopecks: string | null;

  @Column('bigint', { name: 'municipality_limit_kopecks', nullable: true })
  municipalityLimitKopecks: string | null;

  @Column('jsonb', { name: 'budget_programs', nullable: true })
  budgetPrograms: Record<string, number> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
