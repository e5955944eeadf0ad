import { exitOnStartupError, startChainAtlas } from './start.js';

// The server alone (`npm run dev`, the tests, the benchmarks); `npm start` also builds the web
// beside it (scripts/start.ts).
startChainAtlas().catch(exitOnStartupError);
