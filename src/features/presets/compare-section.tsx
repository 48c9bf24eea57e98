import { useDeferredValue, useId, useMemo, useState } from 'react';

import { useLanguage } from '../../components/use-messages';
import { useAppStore } from '../../store/app-store';
import type { Preset } from '../../store/preset-storage';
import { useCatalogue } from '../../store/use-ranking';
import {
  compareOptions,
  CURRENT_KEY,
  defaultCompareB,
  resolveSpec,
  type CompareKey,
} from './compare-options';
import { diffPresets, type PresetSpec } from './diff-presets';
import { SettingsDiffTable, WeightsDiffTable } from './diff-tables';
import { presetsMessages } from './messages';
import { TopChangesTable } from './top-changes-table';
import { WINDOW_FROM } from './saved-preset-list';
import './compare.css';

/** The current inputs as a preset spec; re-renders when weights, requirements, the method or the base scenario change. */
function useCurrentSpec(): PresetSpec {
  const weights = useAppStore((s) => s.weights);
  const requirements = useAppStore((s) => s.requirements);
  const rankMode = useAppStore((s) => s.rankMode);
  const showInvalid = useAppStore((s) => s.showInvalid);
  const baseScenarioId = useAppStore((s) => s.baseScenarioId);
  const method = useAppStore((s) => s.method);
  const judgements = useAppStore((s) => s.judgements);
  return useMemo(
    () => ({ weights, requirements, rankMode, showInvalid, baseScenarioId, method, judgements }),
    [weights, requirements, rankMode, showInvalid, baseScenarioId, method, judgements],
  );
}

const NONE: Preset[] = [];

/** Two labelled pickers (current inputs, built-in or saved presets) and the diff of B against A. */
export function CompareSection({ saved }: { saved: Preset[] }) {
  const lang = useLanguage();
  const m = presetsMessages[lang];
  const id = useId();
  const current = useCurrentSpec();
  const catalogue = useCatalogue();
  const [keys, setKeys] = useState<[CompareKey, CompareKey]>(() => [
    CURRENT_KEY,
    defaultCompareB(saved),
  ]);
  // A preset deleted (or a scenario the catalogue dropped) while chosen falls back to the
  // current inputs.
  const resolved = keys.map((k) => (resolveSpec(catalogue, k, saved, current) ? k : CURRENT_KEY));
  const [keyA, keyB] = [resolved[0]!, resolved[1]!];
  const diff = useMemo(
    () =>
      diffPresets(
        catalogue,
        resolveSpec(catalogue, keyA, saved, current)!,
        resolveSpec(catalogue, keyB, saved, current)!,
      ),
    [catalogue, keyA, keyB, saved, current],
  );
  // Thousands of <option>s take a while to build: a long list fills the pickers just after the
  // dialog has opened (the chosen presets' diff is shown at once).
  const listed = useDeferredValue(saved, saved.length < WINDOW_FROM ? saved : NONE);
  const options = useMemo(() => compareOptions(catalogue, listed, lang), [catalogue, listed, lang]);

  const picker = (side: 0 | 1, label: string, value: CompareKey) => (
    <div className="compare-picker">
      <label htmlFor={`${id}-${side}`}>{label}</label>
      <select
        id={`${id}-${side}`}
        value={value}
        onChange={(e) => {
          const next: [CompareKey, CompareKey] = [keyA, keyB];
          next[side] = e.target.value;
          setKeys(next);
        }}
      >
        <option value={CURRENT_KEY}>{m.current}</option>
        <optgroup label={m.builtInTitle}>
          {options.builtin.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </optgroup>
        {/* Until a long list is in, the chosen saved preset is offered on its own. */}
        {options.saved.length === 0 && value.startsWith('saved:') ? (
          <option value={value}>{saved.find((p) => `saved:${p.id}` === value)?.name}</option>
        ) : null}
        {options.saved.length > 0 ? (
          <optgroup label={m.savedTitle}>
            {options.saved.map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </div>
  );

  return (
    <section className="presets-compare" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{m.compareTitle}</h3>
      <div className="compare-pickers">
        {picker(0, m.compareA, keyA)}
        <button
          type="button"
          className="button compare-swap"
          aria-label={m.swap}
          title={m.swap}
          onClick={() => setKeys([keyB, keyA])}
        >
          <span aria-hidden="true">⇄</span>
        </button>
        {picker(1, m.compareB, keyB)}
      </div>
      <p className="compare-hint">{m.compareHint}</p>
      <WeightsDiffTable rows={diff.weights} />
      <SettingsDiffTable rows={diff.settings} />
      <TopChangesTable rows={diff.top} />
    </section>
  );
}
