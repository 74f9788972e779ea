import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One direction of a link between two certificates' cabinets; every link is stored both ways. */
@Entity({ name: 'account_links' })
export class AccountLinkEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @PrimaryColumn('uuid', { name: 'linked_user_id' })
  linkedUserId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
