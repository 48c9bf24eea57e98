import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Language, Scenario } from '../../catalogue/types';
import { SourceRef } from '../../components/source-ref';
import { format } from '../../i18n/messages';
import { recommendationMessages } from './messages';
import type { Recommendation } from './to-recommendation';

type Strings = (typeof recommendationMessages)['en'];
const techName = (id: string) => seedCatalogue.technologies.find((t) => t.id === id)?.name ?? id;

interface TierPolicyNoteProps {
  hybrid: Scenario;
  tiers: { key: 'central' | 'edge'; rec: Recommendation }[];
  lang: Language;
  m: Strings;
}

/** 17.2.2's hybrid runs one policy layer ("OPA-Wasm（统一）"): do the two tier picks agree? */
export function TierPolicyNote({ hybrid, tiers, lang, m }: TierPolicyNoteProps) {
  const central = tiers.find((t) => t.key === 'central')?.rec.pick;
  const edge = tiers.find((t) => t.key === 'edge')?.rec.pick;
  if (!central || !edge) return null;
  const seed = (hybrid.seedStack.policy ?? []).map(techName).join(m.or);
  const same = central.stack.parts.policy === edge.stack.parts.policy;
  return (
    <p className={`rec-tier-policy ${same ? 'rec-pattern-fits' : 'rec-pattern-differs'}`}>
      <span aria-hidden="true">{same ? '✓ ' : '≠ '}</span>
      {same
        ? format(m.unifiedPolicy, { policy: techName(central.stack.parts.policy) })
        : format(m.splitPolicy, {
            central: techName(central.stack.parts.policy),
            edge: techName(edge.stack.parts.policy),
            seed,
          })}{' '}
      <SourceRef section="17.2.2" lang={lang} />
    </p>
  );
}
