import { DataSource } from 'typeorm';
import { SubgraphModule, SubgraphRuntime } from '@pfdo/platform';
import { SERVICES } from '@pfdo/platform/services';
import { NavigatorConfig, readNavigatorConfig, TestClock } from './cabinet/navigator-clock';
import { createContext, NavigatorContext } from './context';
import { createNavigatorDataSource, SCHEMA } from './data-source';
import { seedDemo } from './demo/seed-demo';
import { groupSettingsRoutes } from './group-settings/group-settings.routes';
import { HolderSettingsConfig, readHolderSettingsConfig } from './holder-settings/holder-settings.config';
import { ContractScheduleQueue, readScheduleConfig, ScheduleConfig } from './jobs/contract-schedule.queue';
import { sweepContracts } from './jobs/contract-sweep';
import { testClockRoutes } from './jobs/test-clock.routes';
import { portfolioRoutes } from './portfolio/portfolio.routes';
import {
  ProtectionConfig,
  protectionServices,
  ProtectionServices,
  readProtectionConfig,
} from './protection/protection-services';
import { registryRoutes } from './registry/registry.routes';
import { scheduleRoutes } from './schedule/schedule.routes';
import { buildNavigatorSchema, SUBGRAPH_NAME } from './schema';

/** Requests' pool, and the inbox's (events from the registry) apart from it. */
interface NavigatorRuntime extends SubgraphRuntime {
  dataSource: DataSource;
  background: DataSource;
  now: () => Date;
  protection: ProtectionServices;
  testClock: TestClock | null;
  webUrl: string;
  /** Contracts over time: the sweep on pg-boss's cron, on the background pool. */
  schedule: ContractScheduleQueue;
}

export const navigatorModule: SubgraphModule<
  NavigatorContext,
  NavigatorConfig & ProtectionConfig & ScheduleConfig & HolderSettingsConfig,
  NavigatorRuntime
> = {
  name: SUBGRAPH_NAME,
  portVariable: SERVICES.navigator.portVariable,
  defaultPort: SERVICES.navigator.defaultPort,
  schema: SCHEMA,
  createDataSource: createNavigatorDataSource,
  buildSchema: buildNavigatorSchema,
  readConfig: (reader) => ({
    ...readNavigatorConfig(reader),
    ...readProtectionConfig(reader),
    ...readScheduleConfig(reader),
    ...readHolderSettingsConfig(reader),
  }),
  createRuntime: ({ requests, background }, config): NavigatorRuntime => {
    const schedule = new ContractScheduleQueue({
      databaseUrl: config.databaseUrl,
      cron: config.sweepCron,
      sweep: () => sweepContracts(background, config.now()),
    });
    return {
      dataSource: requests,
      background,
      now: config.now,
      protection: protectionServices(requests, config),
      testClock: config.testClock,
      webUrl: config.webUrl,
      schedule,
      start: () => schedule.startInBackground(),
      stop: () => schedule.stop(),
    };
  },
  createContext: (runtime, caller) =>
    createContext(runtime.dataSource, caller, runtime.now, runtime.protection, runtime.webUrl),
  routes: (runtime) => (router) => {
    registryRoutes(runtime.dataSource, runtime.background)(router);
    groupSettingsRoutes(runtime.dataSource)(router);
    testClockRoutes(runtime.testClock, runtime.schedule)(router);
    scheduleRoutes(runtime.dataSource, runtime.now)(router);
    portfolioRoutes(runtime.dataSource, runtime.now)(router);
  },
  seedDemo,
};
