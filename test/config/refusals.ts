import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

/** One test per environment: loadConfig refuses it with one clear sentence (a ConfigError whose message matches). */
export function itRefuses(cases: [env: Record<string, string>, message: RegExp][]): void {
  it.each(cases)('refuses %o with one clear sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
}
