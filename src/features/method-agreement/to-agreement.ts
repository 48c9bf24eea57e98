import type { Names } from '../../catalogue/names';
import type { Language } from '../../catalogue/types';
import { methodName } from '../../components/method-words';
import type { MethodAgreement } from '../../engine/analysis/agreement';
import type { Method } from '../../engine/methods';
import { format } from '../../i18n/messages';
import { agreementMessages } from './messages';

/** One row of the agreement table, in words. */
export interface AgreementRow {
  method: Method;
  name: string;
  current: boolean;
  top: string;
  sameTop: string;
  tau: string;
}

export interface AgreementView {
  rows: AgreementRow[];
  /** One sentence: do the methods put the same stack first? */
  verdict: string;
  /** What "—" means in the τ column, when it appears there. */
  note: string | null;
}

/** The agreement of the methods as table rows and a verdict, in one language. */
export function toAgreement(
  agreement: MethodAgreement,
  names: Names,
  lang: Language,
): AgreementView {
  const m = agreementMessages[lang];
  const rows = agreement.methods.map((v) => ({
    method: v.method,
    name: methodName(v.method, lang),
    current: v.method === agreement.current,
    top: v.top === null ? m.none : names.stack(v.top),
    sameTop: v.method === agreement.current ? m.none : v.sameTop ? m.yes : m.no,
    tau: v.tau === null ? m.none : v.tau.toFixed(2),
  }));
  const others = agreement.methods.filter((v) => v.method !== agreement.current && !v.sameTop);
  const currentTop = agreement.methods.find((v) => v.method === agreement.current)?.top ?? null;
  const verdict =
    others.length === 0 && currentTop !== null
      ? format(m.allAgree, { stack: names.stack(currentTop) })
      : format(m.disagree, { n: others.length });
  const undefinedTau = agreement.methods.some((v) => v.tau === null);
  return { rows, verdict, note: undefinedTau ? m.tauUndefined : null };
}
