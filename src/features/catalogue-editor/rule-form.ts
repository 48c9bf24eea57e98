import type { Catalogue, CompatibilityRule } from '../../catalogue/types';
import { ruleKindOf, type RuleInput, type RuleKind } from './edit-catalogue';
import { SOURCE_MAX, TEXT_MAX } from './form-limits';

/**
 * The rule form as chosen. requires: `technology` requires one of `others`; excludes:
 * `technology` and `other` cannot run together; warns: a warning when the stack holds every
 * one of `when`, unless one of `unless`.
 */
export interface RuleDraft {
  kind: RuleKind;
  technology: string;
  others: string[];
  other: string;
  when: string[];
  unless: string[];
  reasonEn: string;
  reasonZh: string;
  source: string;
}

export type RuleField = 'technology' | 'others' | 'other' | 'when' | 'unless' | 'reason' | 'source';
export type RuleErrorCode = 'required' | 'sameTechnology' | 'overlap' | 'tooLong';
export interface RuleError {
  field: RuleField;
  code: RuleErrorCode;
  /** The limit a `tooLong` text exceeds. */
  max?: number;
}

/** An empty form: "requires", on the first technology. */
export function emptyRuleDraft(catalogue: Catalogue): RuleDraft {
  const first = catalogue.technologies[0]?.id ?? '';
  return {
    kind: 'requires',
    technology: first,
    others: [],
    other: '',
    when: [],
    unless: [],
    reasonEn: '',
    reasonZh: '',
    source: '',
  };
}

/** The form showing an existing rule (read as its kind; see ruleKindOf). */
export function ruleDraftOf(rule: CompatibilityRule): RuleDraft {
  const kind = ruleKindOf(rule);
  const [first = '', ...rest] = rule.when;
  return {
    kind,
    technology: first,
    others: kind === 'requires' ? [...(rule.unless ?? [])] : [],
    other: kind === 'excludes' ? (rest[0] ?? '') : '',
    when: [...rule.when],
    unless: [...(rule.unless ?? [])],
    reasonEn: rule.reason.en,
    reasonZh: rule.reason.zh,
    source: rule.source === 'user' ? (rule.entered?.source ?? '') : '',
  };
}

/** The rule a draft states, or what is missing, by field. */
export function ruleFromDraft(
  draft: RuleDraft,
): { ok: true; input: RuleInput } | { ok: false; errors: RuleError[] } {
  const errors: RuleError[] = [];
  const need = (ok: boolean, field: RuleField, code: RuleErrorCode = 'required', max?: number) => {
    if (!ok) errors.push({ field, code, ...(max !== undefined ? { max } : {}) });
  };
  let technology = draft.technology;
  let others: string[] = [];
  let unless: string[] = [];
  switch (draft.kind) {
    case 'requires':
      need(technology !== '', 'technology');
      need(draft.others.length > 0, 'others');
      need(!draft.others.includes(technology), 'others', 'sameTechnology');
      others = draft.others;
      break;
    case 'excludes':
      need(technology !== '', 'technology');
      need(draft.other !== '', 'other');
      need(draft.other === '' || draft.other !== technology, 'other', 'sameTechnology');
      others = draft.other === '' ? [] : [draft.other];
      break;
    case 'warns':
      need(draft.when.length > 0, 'when');
      need(!draft.unless.some((id) => draft.when.includes(id)), 'unless', 'overlap');
      technology = draft.when[0] ?? '';
      others = draft.when.slice(1);
      unless = draft.unless;
      break;
  }
  const reason = { en: draft.reasonEn.trim(), zh: draft.reasonZh.trim() };
  need(reason.en !== '' || reason.zh !== '', 'reason');
  need(reason.en.length <= TEXT_MAX && reason.zh.length <= TEXT_MAX, 'reason', 'tooLong', TEXT_MAX);
  const source = draft.source.trim();
  need(source !== '', 'source');
  need(source.length <= SOURCE_MAX, 'source', 'tooLong', SOURCE_MAX);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      kind: draft.kind,
      technology,
      others: [...others],
      ...(unless.length > 0 ? { unless: [...unless] } : {}),
      reason,
      source,
    },
  };
}
