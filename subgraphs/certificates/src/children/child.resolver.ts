import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Application } from '../applications/application.type';
import { CertificateGroup } from '../certificate-groups/certificate-group.type';
import { Certificate } from '../certificates/certificate.type';
import { CertificatesContext } from '../context';
import { PersonalDataReadPage } from '../data-reads/personal-data-read.type';
import { personalDataReadsLoader, personalDataReadsPage } from '../data-reads/personal-data-reads';
import { ChildDocument } from '../documents/child-document.type';
import { Municipality } from '../references/references';
import { ageOn, regionDate } from '../shared/age';
import { Child } from './child.type';

@Resolver(() => Child)
export class ChildResolver {
  @FieldResolver(() => Int, { description: 'Полных лет сегодня' })
  age(@Root() child: Child): number {
    return ageOn(child.birthDate, regionDate());
  }

  @FieldResolver(() => Municipality, { description: 'Муниципалитет проживания по данным школы' })
  municipality(@Root() child: Child): Municipality {
    return Municipality.ref(child.municipalityId);
  }

  @FieldResolver(() => [ChildDocument], { description: 'Документы ребёнка' })
  async documents(@Root() child: Child, @Ctx() context: CertificatesContext): Promise<ChildDocument[]> {
    const rows = await context.loaders.documentsByChild.load(child.id);
    return rows.map((row) =>
      Object.assign(ChildDocument.from(row, child.municipalityId, child.guardianUserIds), {
        relatedMunicipalityIds: child.relatedMunicipalityIds,
      }),
    );
  }

  @FieldResolver(() => Application, { nullable: true, description: 'Последняя заявка на получение сертификата' })
  async application(@Root() child: Child, @Ctx() context: CertificatesContext): Promise<Application | null> {
    const row = await context.loaders.latestApplicationByChild.load(child.id);
    return row && Application.from(row, child.guardianUserIds);
  }

  @FieldResolver(() => Certificate, {
    nullable: true,
    description: 'Действующий сертификат (не активирован или активирован)',
  })
  async certificate(@Root() child: Child, @Ctx() context: CertificatesContext): Promise<Certificate | null> {
    const row = await context.loaders.liveCertificateByChild.load(child.id);
    return row && Certificate.from(row, child.guardianUserIds);
  }

  @FieldResolver(() => [CertificateGroup], {
    description:
      'Группы сертификата, которые можно выбрать: муниципалитет ребёнка, возраст подходит, группа не заблокирована',
  })
  async eligibleCertificateGroups(
    @Root() child: Child,
    @Ctx() context: CertificatesContext,
  ): Promise<CertificateGroup[]> {
    const age = ageOn(child.birthDate, regionDate());
    const rows = await context.loaders.certificateGroupsByMunicipality.load(child.municipalityId);
    return rows
      .filter((group) => !group.blocked && age >= group.minAge && age < group.maxAge)
      .map(CertificateGroup.from);
  }

  @FieldResolver(() => PersonalDataReadPage, {
    description:
      '«Кто просматривал данные»: обращения сотрудников организаций, операторов реестра и партнёров к персональным ' +
      'данным ребёнка, новые сначала (только семье ребёнка). Одна страница одного ребёнка за запрос.',
  })
  async personalDataReads(
    @Root() child: Child,
    @Ctx() context: CertificatesContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<PersonalDataReadPage> {
    return personalDataReadsLoader(context).load(personalDataReadsPage(child.id, first, after));
  }
}
