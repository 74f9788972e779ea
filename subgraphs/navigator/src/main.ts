import './tracing';
import { serveSubgraph } from '@pfdo/platform';
import { navigatorModule } from './module';

serveSubgraph(navigatorModule);
