/**
 * axe-core in a page of either browser: injected through the automation protocol (extension pages'
 * CSP forbids inline scripts), run on the document or a part of it, violations as readable lines.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inPage, type AnyPage } from './page-helpers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Violations in the page, or in the part `include` names (axe's context form; an array of
 * selectors reaches into open shadow roots, e.g. [['kc-card-host', '.kc-card']]).
 */
export async function axeViolations(page: AnyPage, include?: unknown): Promise<string[]> {
  if (!(await inPage(page, () => 'axe' in window))) {
    await (page as unknown as { evaluate(source: string): Promise<unknown> }).evaluate(AXE_SOURCE);
  }
  const violations = await inPage(
    page,
    async (context: unknown) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      const found = await axe.run(context ? { include: context } : document, { resultTypes: ['violations'] });
      return found.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    },
    include ?? null,
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}
