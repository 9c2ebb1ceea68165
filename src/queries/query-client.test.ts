import { expect, test } from 'vitest';
import { createQueryClient, type Invalidates } from './query-client';

async function afterMutation(invalidates: Invalidates | undefined) {
  const client = createQueryClient();
  await Promise.all(
    ['ratings', 'samples', 'studies'].map((key) =>
      client.prefetchQuery({ queryKey: [key, 'list'], queryFn: () => key }),
    ),
  );
  const mutation = client
    .getMutationCache()
    .build(client, { mutationFn: async () => 'done', meta: invalidates ? { invalidates } : undefined });
  await mutation.execute(undefined);
  return ['ratings', 'samples', 'studies'].filter((key) => client.getQueryState([key, 'list'])?.isInvalidated);
}

test('a mutation invalidates exactly the keys its meta declares, by prefix', async () => {
  expect(await afterMutation([['ratings'], ['samples', 'list']])).toEqual(['ratings', 'samples']);
});

test("'everything' invalidates every query; no meta invalidates nothing", async () => {
  expect(await afterMutation('everything')).toEqual(['ratings', 'samples', 'studies']);
  expect(await afterMutation(undefined)).toEqual([]);
});
