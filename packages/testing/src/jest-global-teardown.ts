import { teardown } from './global-setup';

export = teardown;
