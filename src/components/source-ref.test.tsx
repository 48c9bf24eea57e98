// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { SourceRef } from './source-ref';

afterEach(cleanup);

describe('SourceRef', () => {
  it('a citation reads "§17.3.3" and is named after the seed section', () => {
    render(<SourceRef section="17.3.3" lang="en" />);
    const badge = screen.getByRole('note', {
      name: 'Seed §17.3.3 Storage and network spec matching',
    });
    expect(badge.textContent).toBe('§17.3.3');
    expect(badge.className).toBe('source-ref');
    expect(badge.getAttribute('tabindex')).toBeNull();
  });

  it('a reading reads "Reading §17.6.3", can be focused, and carries its rationale', () => {
    render(
      <SourceRef section="17.6.3" lang="en" reading={{ zh: '解读', en: 'Why we read it so.' }} />,
    );
    const badge = screen.getByRole('note', { name: "App's reading of §17.6.3" });
    expect(badge.textContent).toBe('Reading §17.6.3');
    expect(badge.className).toBe('source-ref reading-ref');
    expect(badge.getAttribute('tabindex')).toBe('0');
    expect(badge.getAttribute('aria-description')).toBe('Why we read it so.');
    expect(badge.getAttribute('data-why')).toBe('Why we read it so.');
  });

  it('in Chinese the reading reads 解读 §17.6.3', () => {
    render(<SourceRef section="17.6.3" lang="zh" reading={{ zh: '理由', en: 'why' }} />);
    const badge = screen.getByRole('note', { name: '本应用对 §17.6.3 的解读' });
    expect(badge.textContent).toBe('解读 §17.6.3');
    expect(badge.getAttribute('aria-description')).toBe('理由');
  });

  it('a reading whose rationale stands elsewhere (reading = true) is not focusable', () => {
    render(<SourceRef section="17.6.3" lang="en" reading />);
    const badge = screen.getByRole('note', { name: "App's reading of §17.6.3" });
    expect(badge.getAttribute('tabindex')).toBeNull();
  });
});
