import type { StackParts } from '../../engine/types';
import { format } from '../../i18n/messages';
import type { StackSection } from '../../store/app-store';
import { useNames } from '../../store/use-ranking';
import type { recommendationMessages } from './messages';

type Strings = (typeof recommendationMessages)['en'];

interface ExplainButtonProps {
  stack: { id: string; parts: StackParts };
  m: Strings;
  onExplain: (stackId: string, section: StackSection) => void;
}

/** "Explain" for one stack: opens its details at the explanation; the name says which stack. */
export function ExplainButton({ stack, m, onExplain }: ExplainButtonProps) {
  const names = useNames();
  return (
    <button
      type="button"
      className="button"
      aria-label={format(m.explainLabel, { stack: names.stack(stack.parts) })}
      onClick={() => onExplain(stack.id, 'explanation')}
    >
      {m.explain}
    </button>
  );
}
