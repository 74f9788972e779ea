import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An operation registered for a key (a trusted document): found by the SHA-256 of its exact text. */
@Entity({ name: 'api_key_operations' })
export class ApiKeyOperationEntity {
  @PrimaryColumn('uuid', { name: 'key_id' })
  keyId: string;

  @PrimaryColumn('text')
  sha256: string;

  @Column('text')
  name: string;

  @Column('text')
  document: string;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Column('text', { name: 'created_by_name', default: '' })
  createdByName: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
