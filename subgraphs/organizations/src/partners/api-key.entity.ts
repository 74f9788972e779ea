import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartnerScope } from '@pfdo/contracts';

/** A partner's API key: only the HMAC of the key is kept (api-key-secret.ts). */
@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'partner_name' })
  partnerName: string;

  @Column('text', { array: true })
  scopes: PartnerScope[];

  @Column('uuid', { name: 'municipality_id', nullable: true })
  municipalityId: string | null;

  /** The organization the key acts for: a reception organization (`applications:*`), a provider (`contracts:read`). */
  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  /** «Только зарегистрированные операции»: the key runs only the operations registered for it. */
  @Column('boolean', { name: 'registered_only', default: false })
  registeredOnly: boolean;

  @Column('text')
  prefix: string;

  @Column('text', { name: 'secret_hash' })
  secretHash: string;

  @Column('integer', { name: 'requests_per_minute' })
  requestsPerMinute: number;

  @Column('integer', { name: 'cost_per_minute' })
  costPerMinute: number;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Column('text', { name: 'created_by_name', default: '' })
  createdByName: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column('uuid', { name: 'replaced_by', nullable: true })
  replacedBy: string | null;
}
