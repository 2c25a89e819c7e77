// @ts-check
/**
 * `node test/bench/propose.mjs [sizes]`: how long "Đề xuất phân bổ" (the pure solver, src/domain/proposal)
 * takes per indicator, in Node, on plans of 10,598 and 100,000 units with five indicators (volumes, H1 results
 * with two decimals, some missing, some locked cells). Not a test: it prints, per size and method, the slowest
 * indicator (median of 5 runs) and the whole proposal. The solver is bundled once with Vite into a temp folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const sizes = (process.argv[2] ?? '10598,100000').split(',').map(Number);
const out = await mkdtemp(join(tmpdir(), 'propose-bench-'));
await build({
  configFile: false, logLevel: 'warn',
  build: {
    outDir: out, emptyOutDir: true, minify: false,
    lib: { entry: { propose: join(root, 'src/domain/proposal/propose.ts'), demo: join(root, 'src/domain/demoPlan.ts') }, formats: ['es'] },
  },
});
const { proposeIndicator, proposeAllocation, makeProposalContext, requestedIndicators } = await import(pathToFileURL(join(out, 'propose.js')).href);
const { makeDemoPlan } = await import(pathToFileURL(join(out, 'demo.js')).href);

/** A plan of `n` units built on the demo's assignment, with deterministic pseudo-random figures. */
function makePlan(n) {
  const demo = makeDemoPlan('2024-01-01T00:00:00.000Z');
  let s = 7;
  const random = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const units = Array.from({ length: n }, (_, i) => {
    const baseline = {};
    const target = {};
    const locked = {};
    for (const ind of demo.indicators) {
      if (random() > 0.05) baseline[ind.id] = Math.floor(random() * 9000) + 500;
      if (random() > 0.3) target[ind.id] = Math.floor(random() * 1000) * 10;
      // A few locked cells, at 100 % so that every rule can still be met.
      if (random() < 0.02) { locked[ind.id] = true; target[ind.id] = 10000; }
    }
    return { code: String(100000 + i), name: `Xã ${i}`, type: 'Xã', volume: random() < 0.05 ? null : Math.floor(random() * 3000), baseline, target, locked };
  });
  return { ...demo, units };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const n of sizes) {
  const plan = makePlan(n);
  for (const method of ['lift-lowest', 'equal-uplift', 'headroom', 'same-for-all']) {
    const request = { indicatorIds: plan.indicators.map((i) => i.id), method, goal: { kind: 'own' }, onlyEmpty: false, allowBelowBaseline: false, scope: null };
    const perIndicator = plan.indicators.map(() => /** @type {number[]} */ ([]));
    const whole = [];
    const result = proposeAllocation(plan, request); // also warms the code up before the runs timed
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      const context = makeProposalContext(plan);
      requestedIndicators(plan, request).forEach((ind, k) => {
        const t = performance.now();
        proposeIndicator(plan, ind, request, context);
        perIndicator[k].push(performance.now() - t);
      });
      whole.push(performance.now() - t0);
    }
    const slowest = Math.max(...perIndicator.map(median));
    console.log(`${n} units · ${method.padEnd(12)} slowest indicator ${slowest.toFixed(1)} ms, all five ${median(whole).toFixed(1)} ms`
      + ` (feasible ${result.indicators.filter((p) => p.feasible).length}/5, ${result.changed} cells change)`);
  }
}
await rm(out, { recursive: true, force: true });
