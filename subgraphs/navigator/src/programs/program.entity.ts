import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { ProgramRegistry } from './program-registry';

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
