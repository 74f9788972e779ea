import { GatewayClient, tinyPng, yearsAgo } from '@pfdo/testing';

export const ADD_DOCUMENT = `mutation ($input: AddChildDocumentInput!) {
  addChildDocument(input: $input) { id type typeName series number issueDate issuedBy hasScan }
}`;
export const SUBMIT = `mutation ($childId: ID!, $email: String!) {
  submitApplication(childId: $childId, email: $email) { id number status createdAt email applicantName applicantIsChild formUrl }
}`;
export const CONFIRM = `mutation ($token: String!) { confirmEmail(token: $token) { applicationNumber application { id } } }`;
export const ISSUE = `mutation ($input: IssueCertificateInput!) {
  issueCertificate(input: $input) {
    navigatorLogin navigatorPassword
    certificate { id number status createdAt group { name } municipality { name } }
  }
}`;

/** A birth certificate with a scan (`scan`'s bytes, a tiny PNG by default), as the form «Описание документа» sends it. */
export async function addBirthCertificate(
  client: GatewayClient,
  childId: string,
  overrides: Record<string, unknown> = {},
  scan: Buffer = tinyPng(),
): Promise<{ id: string; series: string; number: string }> {
  const upload = await client.uploadScan(scan, 'svidetelstvo.png');
  if (upload.status !== 201 || !upload.body.id) throw new Error(`upload failed: ${JSON.stringify(upload.body)}`);
  const { addChildDocument } = await client.data<{ addChildDocument: { id: string; series: string; number: string } }>(
    ADD_DOCUMENT,
    {
      input: {
        childId,
        type: 'BIRTH_CERTIFICATE',
        series: 'II-ЛО',
        number: String(100000 + Math.floor(Math.random() * 899999)),
        issueDate: yearsAgo(1),
        issuedBy: 'Отдел ЗАГС Центрального района г. Новокузнецка',
        comment: '',
        scanId: upload.body.id,
        ...overrides,
      },
    },
  );
  return addChildDocument;
}

/** A citizen's application taken as far as «Получить сертификат», as the citizen portal takes it. */
export async function applicationWithCertificate(
  client: GatewayClient,
  childId: string,
  options: { issue?: boolean } = {},
) {
  const { anonymous, confirmationTokenOf, uniqueEmail, waitForMailTo } = await import('@pfdo/testing');
  const document = await addBirthCertificate(client, childId);
  const email = uniqueEmail();
  const { submitApplication: application } = await client.data<{ submitApplication: { id: string; number: string } }>(
    SUBMIT,
    {
      childId,
      email,
    },
  );
  await anonymous().data(CONFIRM, { token: confirmationTokenOf((await waitForMailTo(email))[0]) });
  if (options.issue === false) return { application, document, email, certificate: null };
  const { me } = await client.data<{
    me: { children: Array<{ id: string; eligibleCertificateGroups: Array<{ id: string }> }> };
  }>(`{ me { children { id eligibleCertificateGroups { id } } } }`);
  const groupId = me.children.find((child) => child.id === childId)!.eligibleCertificateGroups[0].id;
  const { issueCertificate } = await client.data<{
    issueCertificate: {
      navigatorLogin: string;
      navigatorPassword: string;
      certificate: { id: string; number: string };
    };
  }>(ISSUE, { input: { applicationId: application.id, groupId, documentId: document.id } });
  return {
    application,
    document,
    /** The applicant's e-mail, confirmed. */
    email,
    certificate: issueCertificate.certificate,
    navigatorPassword: issueCertificate.navigatorPassword,
  };
}
