import { it } from 'vitest';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { explain } from '../../engine/explain';
import { rankFor } from '../../store/use-ranking';
import { scenarioById } from '../../store/app-store';
it('x', () => {
  const s = scenarioById('default');
  const rows = rankFor(s.requirements, s.weights, { mode: 'fitFirst', showInvalid: false });
  console.log(rows.length);
  for (const r of rows.slice(0, 3)) {
    console.log(r.stack.id, r.total, JSON.stringify(r.dimensions));
    const e = explain(r.stack, seedCatalogue, s.weights, s.requirements);
    for (const d of e.dimensions) {
      console.log(
        ' ',
        d.dimension,
        d.score.toFixed(3),
        d.aggregation,
        JSON.stringify(d.capacity ?? ''),
      );
      for (const l of d.layers)
        console.log(
          '    ',
          l.technologyId,
          l.score,
          l.metrics
            .map((m) => `${m.fact}=${m.score?.toFixed(2)}${m.imputed ? '(imp)' : ''}`)
            .join(' '),
        );
    }
  }
});
