import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type {
  GatewayGraphQLRequest,
  GatewayGraphQLRequestContext,
  GatewayGraphQLResponse,
} from '@apollo/server-gateway-interface';
import { Kind, OperationDefinitionNode, parse } from 'graphql';
import {
  Caller,
  CREDENTIAL_HEADER,
  CREDENTIAL_TTL_SECONDS,
  mintCredential,
  SESSION_CLOSE_HEADER,
  API_KEY_ENDED_HEADER,
  SESSION_OPEN_HEADER,
  SESSIONS_ENDED_HEADER,
} from '@pfdo/platform/credential';
import { logThrottle } from '@pfdo/platform/errors';
import { REQUEST_ID_HEADER, TIME_BUDGET_HEADER } from '@pfdo/platform/observability';
import { GatewayContext } from './context';
import { subgraphUnavailable } from './errors';
import type { PartnerKeyResolver } from './partner-keys';
import { SessionResolver } from './session';

/**
 * Every request to a subgraph carries a credential naming the caller, minted once per request and subgraph. A subgraph that opens or
 * closes the session says so in a response header, which the gateway turns into the cookie; the caller
 * then changes for the rest of the query plan.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
    private readonly sessions: SessionResolver,
    /** How long one call may take before the gateway answers without this subgraph's part. */
    private readonly timeoutMs: number,
    /** Keys ended by a mutation passing through here are forgotten before the answer leaves. */
    private readonly partnerKeys: PartnerKeyResolver | null = null,
  ) {
    super({ url });
    // Node's own fetch (undici) instead of Apollo's default, make-fetch-happen: in a CPU profile of the gateway
    // under the register bench, make-fetch-happen with minipass-fetch and promise-retry cost more than Apollo's
    // whole plan execution and result shaping. undici keeps an idle connection for the server's `Keep-Alive:
    // timeout=` hint less a second (our subgraphs send SERVER_KEEP_ALIVE_MS), so it gives a connection up before
    // the subgraph closes it, and a request never meets a connection being closed («socket hang up»).
    this.fetcher = (input, init) =>
      fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) } as RequestInit) as unknown as ReturnType<
        typeof this.fetcher
      >;
  }

  /**
   * A subgraph that does not answer in time, cannot be reached or fails as a server (5xx) costs the caller
   * its part of the answer only: the rest of the plan goes on, and this part is null with
   * SUBGRAPH_UNAVAILABLE, at the path of the root field when the call was for one.
   */
  override didEncounterError(
    error: Error,
    _fetchRequest: unknown,
    fetchResponse?: { status: number },
    _context?: unknown,
    request?: GatewayGraphQLRequest,
  ): void {
    // A subgraph that answered below 500 has said its own word (a refusal, a bad request): pass it on.
    if (fetchResponse && fetchResponse.status < 500) throw error;
    logThrottle.log(
      `gateway:subgraph:${this.url}:${fetchResponse?.status ?? 'unreachable'}`,
      `[gateway] subgraph ${this.url} failed: ${error.message}`,
    );
    throw subgraphUnavailable(rootPathOf(request?.query));
  }

  /**
   * One credential per subgraph per request: a query plan's fetches to this subgraph (an `_entities` call per
   * level of the plan) carry the one minted for the caller of this request. A session opened or closed in the
   * request replaces the caller object, and so the credential; one older than half its lifetime is renewed.
   */
  private readonly credentials = new WeakMap<Caller, { credential: Promise<string>; mintedAt: number }>();

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const caller = (options.context as GatewayContext).caller;
    if (!caller) throw new Error('no caller in the gateway context');
    let minted = this.credentials.get(caller);
    if (!minted || Date.now() - minted.mintedAt > (CREDENTIAL_TTL_SECONDS * 1000) / 2) {
      minted = { credential: mintCredential(caller, this.secret), mintedAt: Date.now() };
      this.credentials.set(caller, minted);
    }
    options.request.http?.headers.set(CREDENTIAL_HEADER, await minted.credential);
    options.request.http?.headers.set(REQUEST_ID_HEADER, caller.requestId);
    // The subgraph commits nothing it could no longer answer in time (CommitDeadlineGuard).
    options.request.http?.headers.set(TIME_BUDGET_HEADER, String(this.timeoutMs));
  }

  override async didReceiveResponse({
    response,
    context,
  }: Required<
    Pick<GatewayGraphQLRequestContext<GatewayContext>, 'request' | 'response' | 'context'>
  >): Promise<GatewayGraphQLResponse> {
    const ended = response.http?.headers.get(SESSIONS_ENDED_HEADER);
    // A password changed or an account blocked through this gateway: refused here before the notification arrives.
    if (ended) this.sessions.forgetUser(ended);
    const opened = response.http?.headers.get(SESSION_OPEN_HEADER);
    if (opened) {
      const resolved = await this.sessions.resolve(opened, context.caller);
      if (resolved) {
        // A switch to a merged cabinet ended the caller's session in its transaction: refused from now on here,
        // before the revocation's notification arrives (forgetting a session that lives on costs one lookup).
        if (context.caller.sessionId && context.caller.sessionId !== resolved.sessionId) {
          this.sessions.forget(context.caller.sessionId);
        }
        context.sessionChange = { token: opened };
        context.caller = { ...context.caller, identity: resolved.identity, sessionId: resolved.sessionId };
      }
    } else if (response.http?.headers.get(API_KEY_ENDED_HEADER)) {
      this.partnerKeys?.forget(response.http.headers.get(API_KEY_ENDED_HEADER)!);
    } else if (response.http?.headers.get(SESSION_CLOSE_HEADER)) {
      if (context.caller.sessionId) this.sessions.forget(context.caller.sessionId);
      context.sessionChange = { token: null };
      context.caller = { ...context.caller, identity: null, sessionId: null };
    }
    return response;
  }
}

/** The response path of a call for one root field (not an `_entities` call), for the error of its part. */
function rootPathOf(query: string | undefined): string[] | undefined {
  if (!query) return undefined;
  const operation = parse(query).definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const fields = operation?.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD) ?? [];
  if (fields.length !== 1 || fields[0].kind !== Kind.FIELD || fields[0].name.value === '_entities') return undefined;
  return [(fields[0].alias ?? fields[0].name).value];
}
