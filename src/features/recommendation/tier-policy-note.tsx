import type { Language, Scenario, TechnologyId } from '../../catalogue/types';
import { unifiedPolicyNote } from '../../components/co-recommendation-words';
import { SourceRef } from '../../components/source-ref';
import { useNames } from '../../store/use-ranking';

interface TierPolicyNoteProps {
  hybrid: Scenario;
  /** The policy the edge tier picked and the central tier was held to (rankTiers). */
  policy: TechnologyId | null;
  lang: Language;
}

/**
 * 17.2.2's hybrid runs one policy layer ("OPA-Wasm（统一）"): the central tier is ranked with
 * the edge tier's policy. Says so, and whether that policy is the one the seed unifies on.
 */
export function TierPolicyNote({ hybrid, policy, lang }: TierPolicyNoteProps) {
  const names = useNames();
  if (!policy) return null;
  const { same, text } = unifiedPolicyNote(hybrid, policy, lang, names);
  return (
    <p className={`rec-tier-policy ${same ? 'rec-seed-agrees' : 'rec-seed-differs'}`}>
      <span aria-hidden="true">{same ? '✓ ' : '≠ '}</span>
      {text} <SourceRef section="17.2.2" lang={lang} />
    </p>
  );
}
