import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byKeyLoader, groupedLoader } from '@pfdo/platform';
import {
  CertificateReservation,
  CertificateSetting,
  findCertificateSettings,
  findReservations,
  NO_RESERVATION,
  settingKey,
} from './cabinet/certificate-money';
import { ContractCounts, findContractCounts, NO_CONTRACTS } from './contracts/contract-counts';
import { firstGroupSettingPages, GroupSettingRowsPage } from './group-settings/group-setting-list';
import { ProgramEntity } from './programs/program.entity';
import { RegisteredCertificateEntity } from './registry/registered-certificate.entity';

/** Per-request loaders: every entity this subgraph resolves by key, and its lists, one query per batch. */
export function createLoaders(dataSource: DataSource, now: () => Date = () => new Date()) {
  const programs = dataSource.getRepository(ProgramEntity);
  const certificates = dataSource.getRepository(RegisteredCertificateEntity);
  const firstPages = new Map<number, DataLoader<string, GroupSettingRowsPage>>();
  return {
    /** The first page of group settings of each municipality asked for, by page size, one query per batch. */
    firstGroupSettingPage(first: number) {
      let loader = firstPages.get(first);
      if (!loader) {
        loader = new DataLoader(async (ids: readonly string[]) => {
          const pages = await firstGroupSettingPages(dataSource, ids, first);
          return ids.map((id) => pages.get(id) ?? { rows: [], nextCursor: null });
        });
        firstPages.set(first, loader);
      }
      return loader;
    },
    /** The group setting each certificate's copy counts with (null: its group is not configured). */
    certificateSetting: new DataLoader<RegisteredCertificateEntity, CertificateSetting | null, string>(
      async (copies) => {
        const settings = await findCertificateSettings(dataSource, copies, now());
        return copies.map((copy) => settings.get(settingKey(copy)) ?? null);
      },
      { cacheKeyFn: settingKey },
    ),
    /** What each certificate's live requests and contracts reserve of this financial year's money. */
    reservationByCertificate: new DataLoader<string, CertificateReservation>(async (ids) => {
      const found = await findReservations(dataSource, ids, now());
      return ids.map((id) => found.get(id) ?? NO_RESERVATION);
    }),
    /** The figures of each certificate's requests and contracts (the registry's certificate page). */
    contractCountsByCertificate: new DataLoader<string, ContractCounts>(async (ids) => {
      const found = await findContractCounts(dataSource, ids);
      return ids.map((id) => found.get(id) ?? NO_CONTRACTS);
    }),
    registeredCertificateById: byKeyLoader(
      (ids: readonly string[]) => certificates.findBy({ certificateId: In([...ids]) }),
      (row) => row.certificateId,
    ),
    programById: byKeyLoader(
      (ids: readonly string[]) => programs.findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    programsByOrganization: groupedLoader(
      (ids: readonly string[]) => programs.find({ where: { organizationId: In([...ids]) }, order: { title: 'ASC' } }),
      (row) => row.organizationId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
