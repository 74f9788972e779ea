import type { AnySubgraphModule } from '@pfdo/platform';
import { certificatesModule } from '@pfdo/subgraph-certificates/module';
import { emailModule } from '@pfdo/subgraph-email/module';
import { navigatorModule } from '@pfdo/subgraph-navigator/module';
import { organizationsModule } from '@pfdo/subgraph-organizations/module';

/** The four subgraphs in the order they are migrated and started. */
export const SUBGRAPHS: ReadonlyArray<AnySubgraphModule> = [
  organizationsModule,
  certificatesModule,
  navigatorModule,
  emailModule,
];
