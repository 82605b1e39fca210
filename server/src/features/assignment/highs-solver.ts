import type { Highs, InitOptions } from 'highs';
import type { PlanModel } from './assignment-plan.js';

/**
 * HiGHS (compiled to WebAssembly, npm `highs`) loaded once per process: loading costs ~100 ms,
 * a solve reuses it. The model goes in as sparse arrays, not LP text, so nothing is parsed.
 */
let loading: Promise<Highs> | null = null;

function highs(): Promise<Highs> {
  // The package ships CommonJS types for an ES module entry: its default export is the loader.
  loading ??= import('highs')
    .then((m) => (m.default as unknown as (o?: InitOptions) => Promise<Highs>)())
    .catch((e) => {
      loading = null; // a failed load is retried on the next plan
      throw e;
    });
  return loading;
}

/**
 * Solves the plan's LP exactly with the simplex method, whose optimum is a vertex: for this
 * transportation problem every vertex is integral, so the values are 0 or 1 (checked by the reader).
 */
export async function solveWithHighs(model: PlanModel): Promise<Float64Array> {
  const h = await highs();
  const { edges: _edges, ...data } = model;
  const lp = h.createModel({ ...data, sense: h.constants.objectiveSense.maximize });
  try {
    lp.options.set({ output_flag: false, solver: 'simplex', presolve: 'on' });
    lp.run();
    const status = lp.getModelStatus();
    if (status !== h.constants.modelStatus.optimal)
      throw new Error(`the assignment LP ended with HiGHS model status ${status}, not optimal`);
    return lp.getSolution().colValue;
  } finally {
    lp.dispose();
  }
}
