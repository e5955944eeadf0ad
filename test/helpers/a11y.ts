import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** One axe-core finding, as much as a failing test needs to show. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's browser script, from the project's devDependency (npm ci installs it). */
function axeScriptPath(): string {
  return createRequire(import.meta.url).resolve('axe-core/axe.min.js');
}

/** Runs axe-core (WCAG 2.x A and AA rules plus best practice) on the page as it is now. */
export async function axeViolations(page: Page, impacts: readonly string[] = ['serious', 'critical']): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // evaluated through the DevTools protocol: the app's Content-Security-Policy forbids inline scripts (addScriptTag)
  if (!loaded) await page.evaluate(fs.readFileSync(axeScriptPath(), 'utf8'));
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.slice(0, 300)),
    }));
  });
  return results.filter((v) => v.impact !== null && impacts.includes(v.impact));
}

/** Fails with axe-core's findings when the page has any serious or critical accessibility violation. */
export async function expectNoSeriousViolations(page: Page, where = page.url()): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe-core on ${where}`).toEqual([]);
}
