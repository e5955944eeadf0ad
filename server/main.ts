import { exitOnStartupError, startChainAtlas } from './start.js';

// `npm start` (after the web build), `npm run dev`, the tests and the benchmarks.
startChainAtlas().catch(exitOnStartupError);
