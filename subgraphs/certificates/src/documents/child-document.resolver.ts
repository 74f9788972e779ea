import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { CertificatesContext } from '../context';
import { addChildDocument } from './child-document.service';
import { ChildDocument, documentNumberFor } from './child-document.type';
import { DocumentType } from './document-type';

@InputType({ description: '«Описание документа»' })
export class AddChildDocumentInput {
  @Field(() => ID, { description: 'Ребёнок' })
  childId: string;

  @Field(() => DocumentType, { description: 'Тип документа' })
  type: DocumentType;

  @Field({ description: 'Серия: «I-ЛО» для свидетельства о рождении, 4 цифры для паспорта' })
  series: string;

  @Field({ description: 'Номер: 6 цифр' })
  number: string;

  @Field({ description: 'Дата выдачи документа, YYYY-MM-DD' })
  issueDate: string;

  @Field({ description: 'Место выдачи' })
  issuedBy: string;

  @Field(() => String, { nullable: true, description: 'Комментарий' })
  comment?: string | null;

  @Field(() => ID, { description: 'Скан документа: id, который вернул POST /uploads/document-scans' })
  scanId: string;
}

@Resolver(() => ChildDocument)
export class ChildDocumentResolver {
  @FieldResolver(() => String)
  series(@Root() document: ChildDocument, @Ctx() context: CertificatesContext): string {
    return documentNumberFor(document, document.series, context.identity);
  }

  @FieldResolver(() => String)
  number(@Root() document: ChildDocument, @Ctx() context: CertificatesContext): string {
    return documentNumberFor(document, document.number, context.identity);
  }

  @Mutation(() => ChildDocument, { description: '«Предоставить документ»: документ ребёнка со сканом' })
  async addChildDocument(
    @Arg('input', () => AddChildDocumentInput) input: AddChildDocumentInput,
    @Ctx() context: CertificatesContext,
  ): Promise<ChildDocument> {
    const { document, child } = await addChildDocument(context, input);
    return ChildDocument.from(document, child.municipalityId, [context.identity!.userId]);
  }
}
