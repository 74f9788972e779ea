import { migrateSubgraph } from '@pfdo/platform';
import { navigatorModule } from './module';

migrateSubgraph(navigatorModule);
