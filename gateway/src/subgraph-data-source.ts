import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLRequestContext, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import {
  CREDENTIAL_HEADER,
  mintCredential,
  serviceAgent,
  SESSION_CLOSE_HEADER,
  SESSION_OPEN_HEADER,
} from '@pfdo/platform';
import { GatewayContext } from './context';
import { SessionResolver } from './session';

/**
 * The connections to the subgraphs. Apollo's own fetcher keeps an idle connection until the subgraph closes
 * it, and a request sent on it at that moment is lost («socket hang up»): ours are given up first.
 */
const subgraphAgent = serviceAgent();

/**
 * Every request to a subgraph carries a fresh credential naming the caller. A subgraph that opens or
 * closes the session says so in a response header, which the gateway turns into the cookie; the caller
 * then changes for the rest of the query plan.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
    private readonly sessions: SessionResolver,
  ) {
    super({ url });
    const fetcher = this.fetcher;
    // make-fetch-happen takes the agent per request; Apollo's types of the request do not name it.
    this.fetcher = (input, init) => fetcher(input, { ...init, agent: subgraphAgent } as typeof init);
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const caller = (options.context as GatewayContext).caller;
    if (!caller) throw new Error('no caller in the gateway context');
    options.request.http?.headers.set(CREDENTIAL_HEADER, await mintCredential(caller, this.secret));
  }

  override async didReceiveResponse({
    response,
    context,
  }: Required<Pick<GatewayGraphQLRequestContext<GatewayContext>, 'request' | 'response' | 'context'>>): Promise<
    GatewayGraphQLResponse
  > {
    const opened = response.http?.headers.get(SESSION_OPEN_HEADER);
    if (opened) {
      const resolved = await this.sessions.resolve(opened, context.caller);
      if (resolved) {
        context.sessionChange = { token: opened };
        context.caller = { ...context.caller, identity: resolved.identity, sessionId: resolved.sessionId };
      }
    } else if (response.http?.headers.get(SESSION_CLOSE_HEADER)) {
      context.sessionChange = { token: null };
      context.caller = { ...context.caller, identity: null, sessionId: null };
    }
    return response;
  }
}
