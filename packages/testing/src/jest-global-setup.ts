import { setup } from './global-setup';

export = setup;
