import type { ProductionCase, StackPattern } from '../catalogue/types';
import type { StackParts } from './types';

/** True when every layer the pattern names holds one of the pattern's technologies. */
export function fitsPattern(parts: StackParts, pattern: StackPattern): boolean {
  return Object.entries(pattern).every(([layer, ids]) => {
    const id = parts[layer];
    return id !== undefined && ids.includes(id);
  });
}

/** The production cases (17.5) whose stack the given stack fits, in catalogue order. */
export function casesForStack(parts: StackParts, cases: ProductionCase[]): ProductionCase[] {
  return cases.filter((c) => Object.keys(c.stack).length > 0 && fitsPattern(parts, c.stack));
}
