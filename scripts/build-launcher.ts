import { buildLauncher } from '../server/neo4j-local/index.js';

/**
 * Builds the Neo4j launcher ahead of the first start (Maven resolves Neo4j 5.26 + APOC once).
 * With --strict (CI) a failure fails the command; after `npm install` it only warns, since
 * `npm start` builds again (and a user with NEO4J_URI set needs no Java at all).
 */
const strict = process.argv.includes('--strict');
try {
  buildLauncher((line) => console.log(line));
  console.log('Neo4j launcher ready.');
} catch (error) {
  console[strict ? 'error' : 'warn'](`${strict ? '' : 'warning: '}${(error as Error).message}`);
  if (strict) process.exit(1);
}
