import { startTracing } from '@pfdo/platform/tracing';

// Imported first by main.ts: the instrumentations must patch http and pg before anything loads them.
startTracing('navigator');
