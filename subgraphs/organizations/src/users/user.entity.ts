import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from '@pfdo/platform';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. An e-mail for staff, a portal login for citizens. */
  @Index({ unique: true })
  @Column('text')
  login: string;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @Column('text', { name: 'full_name' })
  fullName: string;

  @Column('text')
  role: Role;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  @Column('uuid', { name: 'municipality_id', nullable: true })
  municipalityId: string | null;

  @Column('boolean', { name: 'can_view_personal_data', default: false })
  canViewPersonalData: boolean;

  @Column('boolean', { name: 'can_confirm_applications', default: false })
  canConfirmApplications: boolean;

  /** Set while the account is blocked by its registry operator: no sign-in, no session. */
  @Column('timestamptz', { name: 'blocked_at', nullable: true })
  blockedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
