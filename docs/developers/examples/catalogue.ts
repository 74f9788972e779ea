// Каталог программ постранично на TypeScript с graphql-request 7 (npm install graphql-request graphql).
// PFDO_API_URL — адрес GraphQL, PFDO_API_KEY — ключ API с правом catalogue:read.
import { ClientError, gql, GraphQLClient } from 'graphql-request';

const PROGRAMS = gql`
  query Programs($first: Int!, $after: String) {
    catalogue(first: $first, after: $after) {
      programs {
        id
        title
      }
      nextCursor
    }
  }
`;

interface ProgramsPage {
  catalogue: { programs: Array<{ id: string; title: string }>; nextCursor: string | null };
}

/** Up to `pages` pages of `first` programs each, following nextCursor; stops when there are no more. */
export async function listPrograms(url: string, apiKey: string, first = 5, pages = 2) {
  const client = new GraphQLClient(url, { headers: { Authorization: `Bearer ${apiKey}` } });
  const programs: Array<{ id: string; title: string }> = [];
  let after: string | null = null;
  for (let page = 0; page < pages; page += 1) {
    try {
      const data: ProgramsPage = await client.request<ProgramsPage>(PROGRAMS, { first, after });
      programs.push(...data.catalogue.programs);
      after = data.catalogue.nextCursor;
    } catch (error) {
      // Ошибка GraphQL: extensions.code — стабильный код для программы, message — текст для человека.
      if (error instanceof ClientError) {
        const first = error.response.errors?.[0];
        throw new Error(`${String(first?.extensions?.code)}: ${first?.message}`, { cause: error });
      }
      throw error;
    }
    if (after === null) break;
  }
  return { programs, nextCursor: after };
}

// Запуск: npx tsx catalogue.ts
if (process.argv[1]?.endsWith('catalogue.ts')) {
  listPrograms(process.env.PFDO_API_URL!, process.env.PFDO_API_KEY!).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
