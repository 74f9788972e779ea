import { EntitySubscriberInterface, EventSubscriber } from 'typeorm';
import { ServiceBusyError } from './busy';
import { requestScope } from './request-scope';

/**
 * Refuses to commit a request's transaction once its caller is about to give up on it (the time budget the
 * gateway sent, less the room for the answer: `commitDeadlineOf`). Before, a subgraph slowed down by load went
 * on and committed after the gateway had answered `SUBGRAPH_UNAVAILABLE`: in the September rush's bench 17
 * citizens were told their application failed while it was written, and its e-mail went out. Now such work is
 * rolled back and the answer (if anyone still hears it) is `SERVICE_BUSY`. Work outside a request (the outbox
 * relay, jobs, migrations) has no deadline here. (TypeORM takes only subscribers marked `@EventSubscriber()`.)
 */
@EventSubscriber()
export class CommitDeadlineGuard implements EntitySubscriberInterface {
  beforeTransactionCommit(): void {
    const deadline = requestScope.getStore()?.commitDeadline;
    if (deadline !== undefined && Date.now() > deadline)
      throw new ServiceBusyError("the request's time budget passed before its transaction committed");
  }
}
