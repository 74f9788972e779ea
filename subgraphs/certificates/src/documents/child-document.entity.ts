import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { DocumentType } from './document-type';

/** A child's identity document, as the applicant described it. Personal data. */
@Entity({ name: 'child_documents' })
export class ChildDocumentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid', { name: 'child_id' })
  childId: string;

  @Column('text')
  type: DocumentType;

  /** Normalized: «I-ЛО» for a birth certificate, four digits for a passport. */
  @Column('text')
  series: string;

  @Column('text')
  number: string;

  @Column('date', { name: 'issue_date' })
  issueDate: string;

  @Column('text', { name: 'issued_by' })
  issuedBy: string;

  @Column('text', { default: '' })
  comment: string;

  @Column('uuid', { name: 'scan_id', nullable: true })
  scanId: string | null;

  @Column('uuid', { name: 'created_by_user_id' })
  createdByUserId: string;

  @Column('uuid', { name: 'created_by_organization_id', nullable: true })
  createdByOrganizationId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An uploaded scan or photo of a document; the bytes live in the scan storage under `storageKey`. */
@Entity({ name: 'document_scans' })
export class DocumentScanEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'uploaded_by_user_id' })
  uploadedByUserId: string;

  @Column('text', { name: 'storage_key' })
  storageKey: string;

  @Column('text', { name: 'content_type' })
  contentType: string;

  @Column('int', { name: 'size_bytes' })
  sizeBytes: number;

  @Column('text', { name: 'original_name', default: '' })
  originalName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
