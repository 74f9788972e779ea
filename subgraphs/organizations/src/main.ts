import './tracing';
import { serveSubgraph } from '@pfdo/platform';
import { organizationsModule } from './module';

serveSubgraph(organizationsModule);
