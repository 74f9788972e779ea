import './tracing';
import { serveSubgraph } from '@pfdo/platform';
import { certificatesModule } from './module';

serveSubgraph(certificatesModule);
