import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NavigatorContext } from '../context';
import { EVENTS_PAGE, participantsCsv } from './event-rows';
import {
  applyToEvent,
  cancelEventRequest,
  providerEvent,
  providerEvents,
  publishEvent,
  upcomingEvents,
} from './event.service';
import { EducationEvent, EducationEventInput, EducationEventPage } from './event.type';

@Resolver(() => EducationEvent)
export class EducationEventResolver {
  @Query(() => EducationEventPage, {
    description: '«МЕРОПРИЯТИЯ» владельца сертификата: предстоящие, ближайшие сначала',
  })
  upcomingEvents(
    @Ctx() context: NavigatorContext,
    @Arg('first', () => Int, { defaultValue: EVENTS_PAGE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<EducationEventPage> {
    return upcomingEvents(context, first, after);
  }

  @Query(() => [EducationEvent], { description: 'Мероприятия своей организации (поставщик), поздние сначала' })
  providerEvents(@Ctx() context: NavigatorContext): Promise<EducationEvent[]> {
    return providerEvents(context);
  }

  @Query(() => EducationEvent, {
    nullable: true,
    description: 'Карточка своего мероприятия с участниками (поставщик); чтение записывается в журнал',
  })
  providerEvent(@Ctx() context: NavigatorContext, @Arg('id', () => ID) id: string): Promise<EducationEvent | null> {
    return providerEvent(context, id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Список участников в CSV (для таблицы); только в карточке мероприятия',
  })
  participantsCsv(@Root() event: EducationEvent): string | null {
    return event.participants ? participantsCsv(event.participants) : null;
  }

  @Mutation(() => EducationEvent, { description: 'Разместить мероприятие (поставщик)' })
  publishEvent(
    @Ctx() context: NavigatorContext,
    @Arg('input', () => EducationEventInput) input: EducationEventInput,
  ): Promise<EducationEvent> {
    return publishEvent(context, input);
  }

  @Mutation(() => EducationEvent, {
    description: '«Подать заявку на участие» (владелец сертификата): одна на сертификат и мероприятие',
  })
  applyToEvent(@Ctx() context: NavigatorContext, @Arg('eventId', () => ID) eventId: string): Promise<EducationEvent> {
    return applyToEvent(context, eventId);
  }

  @Mutation(() => EducationEvent, { description: 'Отменить свою заявку на участие в мероприятии' })
  cancelEventRequest(
    @Ctx() context: NavigatorContext,
    @Arg('eventId', () => ID) eventId: string,
  ): Promise<EducationEvent> {
    return cancelEventRequest(context, eventId);
  }
}
