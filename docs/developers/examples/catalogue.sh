#!/bin/sh
# Первая страница каталога программ (5 программ) с ключом, у которого есть право catalogue:read.
#   PFDO_API_URL — адрес GraphQL, например https://pfdo.example.ru/graphql
#   PFDO_API_KEY — ключ API (pfdo_…), выданный оператором реестра
# Следующая страница: передайте nextCursor ответа в переменной after.
set -eu
curl --silent --show-error --fail-with-body "$PFDO_API_URL" \
  -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $PFDO_API_KEY" \
  --data '{"query":"query Programs($first: Int!, $after: String) { catalogue(first: $first, after: $after) { programs { id title } nextCursor } }","variables":{"first":5}}'
