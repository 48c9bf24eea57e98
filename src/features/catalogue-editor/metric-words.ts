import type { NORMALISATION_RULES } from '../../catalogue/schema';
import type { FormStrings } from './form-messages';

type Rule = (typeof NORMALISATION_RULES)[number];

const NAME_KEY = {
  lowerLog: 'lowerLog',
  higherLog: 'higherLog',
  stars: 'starsRule',
  bool: 'boolRule',
  rating: 'rating',
  levelLower: 'levelLower',
  levelHigher: 'levelHigher',
  policySupport: 'policySupportRule',
} as const satisfies Record<Rule, keyof FormStrings>;

/** A normalisation rule's name and its one-line explanation, in the strings' language. */
export function ruleWords(rule: Rule, m: FormStrings): { name: string; why: string } {
  return { name: m[NAME_KEY[rule]], why: m[`${rule}Why`] };
}
