// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { useSettledValue } from './use-settled-value';

describe('useSettledValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('returns the first value at once and later values only after they rest', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v, 120), {
      initialProps: { v: 1 },
    });
    expect(result.current).toBe(1);
    rerender({ v: 2 });
    act(() => void vi.advanceTimersByTime(100));
    rerender({ v: 3 });
    act(() => void vi.advanceTimersByTime(100));
    expect(result.current).toBe(1);
    act(() => void vi.advanceTimersByTime(20));
    expect(result.current).toBe(3);
  });
});
