import { migrateSubgraph } from '@pfdo/platform';
import { certificatesModule } from './module';

migrateSubgraph(certificatesModule);
