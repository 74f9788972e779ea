import { DataSource } from 'typeorm';
import { seedDemoCatalogue } from '../catalogue/demo-catalogue';
import { seedDemoGroupSettings } from '../group-settings/demo-group-settings';
import { seedDemoHelp } from '../help/demo-help';

/**
 * The demo data of docs/domain.md §8 that this subgraph owns: the catalogue (providers, places of study, a
 * dozen programs in all four registries, their groups), the group settings and the help behind the «?».
 */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  await seedDemoCatalogue(dataSource);
  await seedDemoGroupSettings(dataSource);
  await seedDemoHelp(dataSource);
}
