import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type OrganizationKindValue = 'RECEPTION' | 'PROVIDER' | 'REGISTRY';

@Entity({ name: 'organizations' })
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'municipality_id', nullable: true })
  municipalityId: string | null;

  @Column('text')
  kind: OrganizationKindValue;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  address: string;

  @Column('text', { default: '' })
  room: string;

  @Column('text', { default: '' })
  phones: string;

  @Column('text', { name: 'working_hours', default: '' })
  workingHours: string;

  /** «ФИО ответственного лица»: whom parents ask about certificates. */
  @Column('text', { name: 'responsible_person', default: '' })
  responsiblePerson: string;
}
