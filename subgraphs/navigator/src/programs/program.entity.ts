import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { FormOfStudy, ProgramRegistry } from './program-registry';

@Entity({ name: 'programs' })
export class ProgramEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'municipality_id' })
  municipalityId: string;

  @Column('text')
  title: string;

  @Column('text')
  registry: ProgramRegistry;

  @Column('int', { name: 'age_from' })
  ageFrom: number;

  @Column('int', { name: 'age_to' })
  ageTo: number;

  @Column('text', { default: '' })
  description: string;

  /** The program's content, paragraphs separated by blank lines. */
  @Column('text', { default: '' })
  content: string;

  @Column('text', { name: 'form_of_study', default: FormOfStudy.FULL_TIME })
  formOfStudy: FormOfStudy;

  @Column('int', { name: 'duration_months', default: 9 })
  durationMonths: number;

  @Column('int', { name: 'hours_total', default: 0 })
  hoursTotal: number;

  /** Kopecks a month, for certified and paid programs; null for the budget registries (free to the family). */
  @Column('bigint', {
    name: 'price_kopecks',
    nullable: true,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | null) => (value === null ? null : Number(value)),
    },
  })
  priceKopecks: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
