import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset } from '../../seed/index.js';

export type ScaleName = 'S' | 'M' | 'L';

/** The benchmark sizes: the generator's replicas and links per buyer, and the Neo4j memory for each. */
export const SIZES: Record<ScaleName, { label: string; scale: number; linkFactor: number; heap: string; pagecacheMb: number }> = {
  S: { label: 'S — the default Liaocheng data set (one city)', scale: 1, linkFactor: 1, heap: '1g', pagecacheMb: 512 },
  M: { label: 'M — a province (~200,000 firms, ~2 million supply links)', scale: 15, linkFactor: 2.2, heap: '4g', pagecacheMb: 4096 },
  L: {
    label: 'L — a country slice (~1,000,000 firms, ~10 million supply links)',
    scale: 75,
    linkFactor: 2.2,
    heap: '8g',
    pagecacheMb: 10240,
  },
};

const DATA_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '../.data');

/** Generates the data set of a size once (bench/.data/<size>/, git-ignored); later runs reuse it. */
export async function ensureDataset(
  size: ScaleName,
  log: (line: string) => void,
): Promise<{ dir: string; generatedSeconds: number | null }> {
  const { scale, linkFactor } = SIZES[size];
  const dir = path.join(DATA_ROOT, size);
  const stampFile = path.join(dir, '.stamp.json');
  const stamp = JSON.stringify({ scale, linkFactor, v: 1 });
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
    log(`data set ${size}: reusing ${dir}`);
    return { dir, generatedSeconds: null };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  log(`data set ${size}: generating scale ${scale}, link factor ${linkFactor} into ${dir}...`);
  const summary = await generateDataset({ outDir: dir, scale, linkFactor, onProgress: (line) => log(`  [seed] ${line}`) });
  fs.writeFileSync(stampFile, stamp);
  return { dir, generatedSeconds: summary.elapsedMs / 1000 };
}
