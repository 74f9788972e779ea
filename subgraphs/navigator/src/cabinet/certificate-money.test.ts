import { availableNominal } from './available-nominal';
import { certificateMoney, CertificateSetting, limitLeftKopecks, moneyLimitReached } from './certificate-money';

const NOW = new Date('2026-11-15T12:00:00+07:00');

const setting = (committed: number, limit: number): CertificateSetting => ({
  municipalityId: '00000000-0000-4000-8000-000000000001',
  groupName: 'Дети',
  nominalKopecks: '2400000',
  municipalityLimitKopecks: String(limit),
  significantPrograms: 1,
  generalPrograms: 1,
  preProfessionalPrograms: 0,
  committedKopecks: String(committed),
});

describe('the certificate’s money', () => {
  it('is nominal − reserved − spent', () => {
    const money = certificateMoney(setting(0, 1_000_000_00), NOW, {
      reservedKopecks: 2000_00,
      spentKopecks: 1500_00,
      fixedFrom: NOW,
    });
    const nominal = availableNominal(24_000_00, NOW).availableKopecks;
    expect(money).toMatchObject({ reservedKopecks: 2000_00, spentKopecks: 1500_00, balanceKopecks: nominal - 3500_00 });
  });

  it('is withheld once the municipality’s committed money reaches its limit, not before', () => {
    expect(moneyLimitReached(setting(999, 1000))).toBe(false);
    expect(limitLeftKopecks(setting(999, 1000))).toBe(1);
    expect(moneyLimitReached(setting(1000, 1000))).toBe(true);
    expect(limitLeftKopecks(setting(1500, 1000))).toBe(0);
    expect(certificateMoney(setting(1000, 1000), NOW)).toBeNull();
    expect(certificateMoney(setting(0, 0), NOW)).toBeNull();
    expect(certificateMoney(setting(0, 1), NOW)).not.toBeNull();
  });
});
