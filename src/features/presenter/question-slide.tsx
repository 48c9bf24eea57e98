import { useMemo } from 'react';

import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useCatalogue, useRankingSummary } from '../../store/use-ranking';
import { presenterMessages } from './messages';
import { toQuestion } from './to-question';
import { formatNumber } from '../../i18n/numbers';

/** Slide 1: the question, the scenario, the requirements as phrases and the stacks weighed. */
export function QuestionSlide() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const scenarioId = useAppStore((s) => s.scenarioId);
  const baseScenarioId = useAppStore((s) => s.baseScenarioId);
  const weights = useAppStore((s) => s.weights);
  const requirements = useAppStore((s) => s.requirements);
  const { valid, stacks } = useRankingSummary();
  const catalogue = useCatalogue();
  const q = useMemo(
    () =>
      toQuestion(
        catalogue,
        { scenarioId, baseScenarioId, weights, requirements, valid, stacks },
        lang,
      ),
    [catalogue, scenarioId, baseScenarioId, weights, requirements, valid, stacks, lang],
  );
  const n = (v: number) => formatNumber(v, lang);
  return (
    <div className="presenter-question">
      <p className="presenter-lead">{m.ask}</p>
      <div className="presenter-columns">
        <div>
          <h3 className="presenter-label">{m.scenario}</h3>
          <p className="presenter-big">
            {q.custom ? format(m.custom, { name: q.scenarioName }) : q.scenarioName}
          </p>
          <p>{q.description}</p>
        </div>
        <div>
          <h3 className="presenter-label">{m.requirements}</h3>
          <ul className="presenter-pills">
            {q.requirements.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <h3 className="presenter-label">{m.considered}</h3>
          <p className="presenter-big num">
            {format(m.consideredLine, {
              considered: n(q.considered),
              combinations: n(q.combinations),
            })}
          </p>
          <p className="presenter-counts">
            <StatusBadge status="match" label={`${n(q.counts.match)} ${m.match}`} />
            <StatusBadge status="partial" label={`${n(q.counts.partial)} ${m.partial}`} />
            <StatusBadge status="mismatch" label={`${n(q.counts.mismatch)} ${m.mismatch}`} />
          </p>
        </div>
      </div>
    </div>
  );
}
