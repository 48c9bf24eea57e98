import { useMemo } from 'react';

import { SourceRef } from '../../components/source-ref';
import { TechChip } from '../../components/tech-chip';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useCatalogue, useNames, useRanking } from '../../store/use-ranking';
import { presenterMessages } from './messages';
import { toTreePath } from './to-tree-path';

/** Slide 5: the 17.8.1 global tree walked on the requirements, level by level, and whether #1 agrees. */
export function PathSlide() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const requirements = useAppStore((s) => s.requirements);
  const scenarioId = useAppStore((s) => s.baseScenarioId);
  const top = useRanking()[0]?.stack.parts ?? null;
  const catalogue = useCatalogue();
  const names = useNames();
  const model = useMemo(
    () => toTreePath(catalogue, requirements, scenarioId, top, lang),
    [catalogue, requirements, scenarioId, top, lang],
  );
  const differing = model.layers.filter((l) => l.actual !== null && !l.agrees);
  return (
    <div className="presenter-path">
      <ol className="presenter-steps">
        {model.steps.map((step) => (
          <li key={step.levelId}>
            <span className="presenter-step-level">{step.title}</span>
            <span className="presenter-step-result">{step.result}</span>
            <span className="presenter-step-why">
              {step.why === null ? m.otherwise : format(m.because, { why: step.why })}
            </span>
          </li>
        ))}
      </ol>
      <div className="presenter-path-result">
        <p>
          <span className="presenter-label">{m.treeSays}</span>{' '}
          <SourceRef section="17.8.1" lang={lang} />
        </p>
        <p className="presenter-chips">
          {model.layers.map((l) => (
            <TechChip
              key={l.layer}
              layer={l.layer}
              index={catalogue.layers.findIndex((c) => c.id === l.layer)}
              name={l.tree.join(' / ')}
            />
          ))}
        </p>
        {top ? (
          <p className={differing.length === 0 ? 'presenter-agrees' : 'presenter-differs'}>
            <span aria-hidden="true">{differing.length === 0 ? '✓ ' : '≠ '}</span>
            {differing.length === 0
              ? m.agrees
              : format(m.differs, {
                  layers: differing
                    .map((l) =>
                      format(m.differLayer, {
                        layer: names.layer(l.layer, lang),
                        actual: l.actual ?? '',
                        tree: l.tree.join(m.or),
                      }),
                    )
                    .join(lang === 'zh' ? '；' : '; '),
                })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
