import type { Requirements } from '../../catalogue/types';
import { Panel } from '../../components/panel';
import { REQUIREMENT_UNITS, requirementLabel } from '../../components/requirement-words';
import { useLanguage, useMessages } from '../../components/use-messages';
import { useAppStore, type Actions, type Inputs } from '../../store/app-store';
import { requirementsMessages } from './messages';
import { NumberField } from './number-field';
import { SelectField } from './select-field';
import {
  COLD_START_LIMITS,
  MEMORY_LIMITS,
  NODE_LIMITS,
  NODE_QUICK_PICKS,
} from './parse-requirement-input';
import './requirements.css';
import { formatNumber } from '../../i18n/numbers';

type State = Inputs & Actions;
const selectRequirements = (s: State) => s.requirements;
const selectSetRequirement = (s: State) => s.setRequirement;
const selectResetRequirements = (s: State) => s.resetRequirements;

type Strings = (typeof requirementsMessages)['en'];

type Choice = 'site' | 'networkPolicy' | 'policyComplexity';

/** Each choice's select: its id, hint and options ([value, option label]) in display order. */
const SELECTS: {
  [K in Choice]: [id: string, hint: keyof Strings, [Requirements[K], keyof Strings][]];
} = {
  site: [
    'req-site',
    'siteHint',
    [
      ['any', 'siteAny'],
      ['edge', 'siteEdge'],
      ['cloud', 'siteCloud'],
    ],
  ],
  networkPolicy: [
    'req-network-policy',
    'networkPolicyHint',
    [
      ['none', 'npNone'],
      ['basic', 'npBasic'],
      ['full', 'npFull'],
      ['l7', 'npL7'],
    ],
  ],
  policyComplexity: [
    'req-policy-complexity',
    'policyComplexityHint',
    [
      ['none', 'pcNone'],
      ['simple', 'pcSimple'],
      ['complex', 'pcComplex'],
    ],
  ],
};
const CHECKS = [
  ['offline', 'offlineHint'],
  ['highAvailability', 'highAvailabilityHint'],
  ['existingDatabase', 'existingDatabaseHint'],
  ['alphaApi', 'alphaApiHint'],
  ['gpu', 'gpuHint'],
] as const satisfies readonly [keyof Requirements, keyof Strings][];

/** Controls for every field of the requirement set R (17.9.3); re-renders on requirement or language change. */
export function RequirementsPanel() {
  const m = useMessages(requirementsMessages);
  const lang = useLanguage();
  const req = useAppStore(selectRequirements);
  const setRequirement = useAppStore(selectSetRequirement);
  const resetRequirements = useAppStore(selectResetRequirements);
  const strings = { range: m.range, clamped: m.clamped, unreadable: m.unreadable };
  const select = <K extends Choice>(key: K) => {
    const [id, hint, options] = SELECTS[key];
    return (
      <SelectField
        id={id}
        label={requirementLabel(key, lang)}
        hint={m[hint]}
        value={req[key]}
        options={options.map(([v, label]) => [v, m[label]])}
        onChange={(v) => setRequirement(key, v)}
      />
    );
  };
  const reset = (
    <button
      type="button"
      className="button"
      aria-label={m.resetRequirements}
      title={m.resetHint}
      onClick={resetRequirements}
    >
      {m.reset}
    </button>
  );
  return (
    <Panel id="requirements" title={m.requirements} actions={reset}>
      <fieldset className="req-group">
        <legend>{m.sizing}</legend>
        <NumberField
          id="req-nodes"
          label={requirementLabel('nodes', lang)}
          unit={m.nodesUnit}
          hint={m.nodesHint}
          value={req.nodes}
          limits={NODE_LIMITS}
          lang={lang}
          strings={strings}
          onCommit={(v) => v !== null && setRequirement('nodes', v)}
        >
          <div className="req-picks" role="group" aria-label={m.quickPicks}>
            {NODE_QUICK_PICKS.map((n) => (
              <button
                key={n}
                type="button"
                aria-pressed={req.nodes === n}
                onClick={() => setRequirement('nodes', n)}
              >
                {formatNumber(n, lang)}
              </button>
            ))}
          </div>
        </NumberField>
        <NumberField
          id="req-memory"
          label={requirementLabel('memoryPerNodeMB', lang)}
          unit={REQUIREMENT_UNITS.memoryPerNodeMB}
          hint={m.memoryHint}
          value={req.memoryPerNodeMB}
          limits={MEMORY_LIMITS}
          lang={lang}
          strings={strings}
          onCommit={(v) => setRequirement('memoryPerNodeMB', v)}
          optional={{ noLimitLabel: m.noMemoryLimit, fallback: 512 }}
        />
        <NumberField
          id="req-cold-start"
          label={requirementLabel('coldStartMs', lang)}
          unit={REQUIREMENT_UNITS.coldStartMs}
          hint={m.coldStartHint}
          value={req.coldStartMs}
          limits={COLD_START_LIMITS}
          lang={lang}
          strings={strings}
          onCommit={(v) => setRequirement('coldStartMs', v)}
          optional={{ noLimitLabel: m.noColdStartLimit, fallback: 10 }}
        />
      </fieldset>
      <fieldset className="req-group">
        <legend>{m.capabilities}</legend>
        {select('site')}
        {CHECKS.map(([key, hint]) => (
          <div className="req-field" key={key}>
            <label className="req-check">
              <input
                type="checkbox"
                checked={req[key]}
                aria-describedby={`req-${key}-hint`}
                onChange={(e) => setRequirement(key, e.currentTarget.checked)}
              />
              <span>{requirementLabel(key, lang)}</span>
            </label>
            <p id={`req-${key}-hint`} className="req-hint req-hint-check">
              {m[hint]}
            </p>
          </div>
        ))}
        {select('networkPolicy')}
        {select('policyComplexity')}
      </fieldset>
    </Panel>
  );
}
