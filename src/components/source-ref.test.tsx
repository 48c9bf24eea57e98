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

describe('SourceRef of a user entry', () => {
  it('reads "Entered", is named after the typed source, and shows it on hover and focus', () => {
    render(<SourceRef section="user" lang="en" entered="team estimate" />);
    const badge = screen.getByRole('note', { name: 'Entered by the user: team estimate' });
    expect(badge.textContent).toBe('Entered');
    expect(badge.className).toBe('source-ref entered-ref');
    expect(badge.getAttribute('tabindex')).toBe('0');
    expect(badge.getAttribute('title')).toBe('team estimate');
    expect(badge.getAttribute('data-why')).toBe('team estimate');
  });

  it('in Chinese it reads 用户录入; a reading on a user entry does not turn it into a reading', () => {
    render(
      <SourceRef section="user" lang="zh" entered="https://example.com/bench" reading={true} />,
    );
    const badge = screen.getByRole('note', { name: '用户录入：https://example.com/bench' });
    expect(badge.textContent).toBe('用户录入');
    expect(badge.className).not.toContain('reading-ref');
  });

  it('without a typed source it is still marked, and not focusable', () => {
    render(<SourceRef section="user" lang="en" />);
    const badge = screen.getByRole('note', { name: 'Entered by the user' });
    expect(badge.textContent).toBe('Entered');
    expect(badge.getAttribute('tabindex')).toBeNull();
  });
});
