import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One uploaded version of a municipality's «Положение о ПДО»; the newest is the current one. */
@Entity({ name: 'municipal_regulations' })
export class MunicipalRegulationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'municipality_id' })
  municipalityId: string;

  @Column('text', { name: 'storage_key' })
  storageKey: string;

  @Column('int', { name: 'size_bytes' })
  sizeBytes: number;

  @Column('text', { name: 'original_name', default: '' })
  originalName: string;

  @Column('uuid', { name: 'uploaded_by_user_id' })
  uploadedByUserId: string;

  @Column('text', { name: 'uploaded_by_name', default: '' })
  uploadedByName: string;

  @Column('timestamptz', { name: 'uploaded_at', default: () => 'now()' })
  uploadedAt: Date;
}

/** The excerpt of the regulation that the certificate cabinet's «?» shows, typed by the operator. */
@Entity({ name: 'municipal_regulation_excerpts' })
export class MunicipalRegulationExcerptEntity {
  @PrimaryColumn('uuid', { name: 'municipality_id' })
  municipalityId: string;

  @Column('text')
  excerpt: string;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
