import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineScenario } from '../scenario';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

// The panel is used all day by secretaries, some with screen readers or large fonts: axe-core's
// serious and critical findings fail the run (whatever the other engineers mount in the panel).
export default defineScenario({
  name: 'le panneau passe axe-core sans défaut grave',
  browsers: ['chromium'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-deliberation.html');
    const panel = await ctx.openPanelFor(page);
    await panel.waitForState('readable');
    await panel.page.evaluate(axeSource);
    const violations = (await panel.page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`)) as AxeViolation[];
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    for (const v of violations) ctx.log(`axe ${v.impact}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    assert.deepEqual(serious.map((v) => v.id), [], 'serious accessibility violations in the panel');
  },
});
