import { registerEnumType } from 'type-graphql';

/**
 * «Статус сертификата» in seed 001: a «Сертификат ПФ» (персонифицированного финансирования) carries money
 * that follows the child to paid programs; a «Сертификат учета» only counts the child, who enrolls in
 * budget-funded programs (its nominal is 0.00, as on the seed's page).
 *
 * The rule: the type is the certificate's own (`certificates.certificate_type`), not its group's, because
 * in ПФДО a child of one group may hold either, and a certificate changes type without changing group.
 * Every certificate starts as a «Сертификат учета» (what `issueCertificate` and `createApplication` create);
 * it becomes a «Сертификат ПФ» only when funding is assigned to it, which is the navigator's decision
 * (its group settings and contracts, not built yet). The register's tabs: «Сертификаты ПФ» and
 * «Сертификаты учета» are the ACTIVATED certificates of each type, «Замороженные сертификаты» the FROZEN
 * ones of both types (README, «The certificate register»).
 */
export enum CertificateType {
  FUNDED = 'FUNDED',
  ACCOUNTING = 'ACCOUNTING',
}

registerEnumType(CertificateType, {
  name: 'CertificateType',
  description: '«Статус сертификата»: сертификат ПФ или сертификат учета',
  valuesConfig: {
    FUNDED: { description: '«Сертификат ПФ»: персонифицированного финансирования' },
    ACCOUNTING: { description: '«Сертификат учета»' },
  },
});

export const CERTIFICATE_TYPE_NAMES: Record<CertificateType, string> = {
  FUNDED: 'Сертификат ПФ',
  ACCOUNTING: 'Сертификат учета',
};
