import { describe, expect, it } from 'vitest';

import { GUIDE_KEY, readGuideHidden, writeGuideHidden } from './guide-storage';

const memory = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
};

describe('guide visibility', () => {
  it('is shown unless the user hid it', () => {
    expect(readGuideHidden(memory())).toBe(false);
    expect(readGuideHidden(memory({ [GUIDE_KEY]: 'hidden' }))).toBe(true);
    expect(readGuideHidden(null)).toBe(false);
  });

  it('treats any other stored value as shown', () => {
    expect(readGuideHidden(memory({ [GUIDE_KEY]: '{"hidden":true}' }))).toBe(false);
    expect(readGuideHidden(memory({ [GUIDE_KEY]: 'HIDDEN' }))).toBe(false);
  });

  it('reads a throwing storage as shown, and a refused write does not throw', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readGuideHidden(broken)).toBe(false);
    expect(() => writeGuideHidden(broken, true)).not.toThrow();
  });

  it('writes "hidden" and removes the key to show it again', () => {
    const store = memory();
    writeGuideHidden(store, true);
    expect(store.data.get(GUIDE_KEY)).toBe('hidden');
    writeGuideHidden(store, false);
    expect(store.data.has(GUIDE_KEY)).toBe(false);
  });
});
