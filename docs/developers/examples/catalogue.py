#!/usr/bin/env python3
"""Каталог программ постранично на Python 3 — только стандартная библиотека (urllib.request, json).

PFDO_API_URL — адрес GraphQL, PFDO_API_KEY — ключ API с правом catalogue:read.
"""
import json
import os
import sys
import urllib.error
import urllib.request

PROGRAMS = """
query Programs($first: Int!, $after: String) {
  catalogue(first: $first, after: $after) { programs { id title } nextCursor }
}
"""


def graphql(url, api_key, query, variables):
    request = urllib.request.Request(
        url,
        data=json.dumps({"query": query, "variables": variables}).encode("utf-8"),
        headers={"Content-Type": "application/json", "Authorization": "Bearer " + api_key},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            body = json.load(response)
    except urllib.error.HTTPError as error:
        # 401, 403, 429 …: тело — ответ GraphQL с ошибкой; при 429 — заголовок Retry-After.
        body = json.load(error)
    if body.get("errors"):
        first = body["errors"][0]
        raise RuntimeError(f"{first.get('extensions', {}).get('code')}: {first.get('message')}")
    return body["data"]


def list_programs(url, api_key, first=5, pages=2):
    programs, after = [], None
    for _ in range(pages):
        page = graphql(url, api_key, PROGRAMS, {"first": first, "after": after})["catalogue"]
        programs.extend(page["programs"])
        after = page["nextCursor"]
        if after is None:
            break
    return {"programs": programs, "nextCursor": after}


if __name__ == "__main__":
    try:
        result = list_programs(os.environ["PFDO_API_URL"], os.environ["PFDO_API_KEY"])
    except RuntimeError as error:
        print(error, file=sys.stderr)
        sys.exit(1)
    print(json.dumps(result, ensure_ascii=False, indent=2))
