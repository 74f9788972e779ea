import './tracing';
import { serveSubgraph } from '@pfdo/platform';
import { emailModule } from './module';

serveSubgraph(emailModule);
