import { migrateSubgraph } from '@pfdo/platform';
import { emailModule } from './module';

migrateSubgraph(emailModule);
