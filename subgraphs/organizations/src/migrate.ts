import { migrateSubgraph } from '@pfdo/platform';
import { organizationsModule } from './module';

migrateSubgraph(organizationsModule);
