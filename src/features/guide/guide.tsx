import { focusHeading, showInput } from '../../components/show-input';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useCatalogue } from '../../store/use-ranking';
import { useGuideHidden } from './guide-storage';
import { guideMessages } from './messages';
import './guide.css';

/** The seed scenario the guide's example applies: a real decision with real requirements. */
const EXAMPLE_SCENARIO = 'edge';

/**
 * The first screen's guide for a newcomer: the product, one sentence, the three steps
 * (scenario → requirements → ranking) as buttons that go there, and an example to try.
 * The user can hide it; the header's "How to decide" brings it back.
 */
export function Guide() {
  const m = useMessages(guideMessages);
  const lang = useLanguage();
  const catalogue = useCatalogue();
  const applyScenario = useAppStore((s) => s.applyScenario);
  const [hidden, setHidden] = useGuideHidden();
  if (hidden) return null;
  const example = catalogue.scenarios.find((s) => s.id === EXAMPLE_SCENARIO) ?? null;
  const steps = [
    { label: m.step1, go: () => showInput('scenarios') },
    { label: m.step2, go: () => showInput('requirements') },
    { label: m.step3, go: () => focusHeading('ranking') },
  ];
  return (
    <section className="guide" aria-labelledby="guide-title">
      <div className="guide-text">
        <h2 id="guide-title" className="guide-title">
          {m.product}
        </h2>
        <p className="guide-sentence">{m.sentence}</p>
      </div>
      <ol className="guide-steps" aria-label={m.steps}>
        {steps.map((step, i) => (
          <li key={i}>
            <button type="button" className="guide-step" onClick={step.go}>
              <span className="guide-step-n num" aria-hidden="true">
                {i + 1}
              </span>
              {step.label}
            </button>
          </li>
        ))}
      </ol>
      <div className="guide-actions">
        {example ? (
          <button
            type="button"
            className="button guide-example"
            title={format(m.exampleHint, { scenario: example.name[lang] })}
            onClick={() => {
              applyScenario(example.id);
              focusHeading('recommendation');
            }}
          >
            {format(m.example, { scenario: example.name[lang] })}
          </button>
        ) : null}
        <button
          type="button"
          className="guide-hide"
          aria-label={m.hide}
          title={m.hide}
          onClick={() => setHidden(true)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
    </section>
  );
}

/** The header's way back to a hidden guide (on the decision view); nothing while it is shown. */
export function ShowGuideButton() {
  const m = useMessages(guideMessages);
  const setView = useAppStore((s) => s.setView);
  const [hidden, setHidden] = useGuideHidden();
  if (!hidden) return null;
  return (
    <button
      type="button"
      className="button show-guide"
      title={m.showHint}
      onClick={() => {
        // The guide lives on the decision view: go there from any other.
        setView('dashboard');
        setHidden(false);
        requestAnimationFrame(() => focusHeading('guide-title'));
      }}
    >
      <span aria-hidden="true">?</span>
      <span className="action-text">{m.show}</span>
    </button>
  );
}
