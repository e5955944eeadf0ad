import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createApolloServer } from '../../server/graphql/index.js';

/**
 * Apollo's implicit plugins stay off: a plugin with a per-field hook (cache control) makes
 * Apollo wrap every field resolver of the schema, a cost on every field of 10,000-field answers;
 * reporting and traces would add `extensions` (and send operations to Apollo's cloud).
 */
describe('the Apollo server', () => {
  for (const production of [false, true]) {
    it(`wraps no field resolver and adds no extensions (production: ${production})`, async () => {
      let schema: GraphQLSchema | undefined;
      const apollo = createApolloServer({
        production,
        plugins: [
          {
            async requestDidStart() {
              return {
                async willSendResponse(context) {
                  schema = context.schema;
                },
              };
            },
          },
        ],
      });
      await apollo.start();
      try {
        const response = await apollo.executeOperation(
          { query: '{ about { version synthetic } }' },
          { contextValue: { user: null } as never },
        );
        expect(response.body.kind === 'single' ? response.body.singleResult : null).toEqual({
          data: { about: { version: '0.1.0', synthetic: true } },
        });
        expect(schema).toBeDefined();
        // Apollo marks a schema whose resolvers it has wrapped for per-field plugin hooks.
        expect(Object.getOwnPropertySymbols(schema!).map((s) => s.description)).not.toContain('apolloServerPluginsEnabled');
      } finally {
        await apollo.stop();
      }
    });
  }
});
