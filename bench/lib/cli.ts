import os from 'node:os';

/** The value after `--name` on the command line (undefined when the flag is not given). */
export function flagValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The 1-minute load average, as the measurement scripts print it beside each figure. */
export function loadNow(): string {
  return os.loadavg()[0]!.toFixed(2);
}
