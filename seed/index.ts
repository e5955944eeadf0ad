/** Public face of the seed generator: the default Liaocheng data set. */
export {
  DATASET_FILES,
  DATASET_HEADERS,
  DEFAULT_OUT_DIR,
  DEFAULT_SEED,
  generateDataset,
  policyProblems,
  type BaselineFigures,
  type DatasetFile,
  type GenerateOptions,
  type GenerationSummary,
} from './generate.js';
