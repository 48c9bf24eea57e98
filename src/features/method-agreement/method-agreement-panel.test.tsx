// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { useAppStore } from '../../store/app-store';
import { pageAnalysisContext } from '../../store/use-analysis';
import { runAnalysis } from '../../store/scoring/analysis';
import { resetStore } from '../../store/store-fixtures';
import { MethodAgreementPanel } from './method-agreement-panel';

beforeEach(() => resetStore());
afterEach(() => cleanup());

describe('MethodAgreementPanel', () => {
  it('shows each method’s #1, the efficient set, and makes a method the ranking’s', () => {
    useAppStore.getState().applyScenario('large-scale');
    render(<MethodAgreementPanel />);
    const s = useAppStore.getState();
    const ctx = pageAnalysisContext(seedCatalogue, s.requirements, s.baseScenarioId);
    const inputs = { weights: s.weights, mode: s.rankMode, showInvalid: false, method: s.method };
    const agreement = runAnalysis(ctx, inputs, { kind: 'agreement' });
    const dominance = runAnalysis(ctx, inputs, { kind: 'dominance', ids: [] });
    const names = namesOf(seedCatalogue);
    const panel = screen.getByRole('region', { name: 'Do the methods agree?' });
    const rows = within(panel).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(
      agreement.methods.map((v) => names.stack(v.top!)),
    );
    expect(
      within(panel).getByText(
        `${dominance.efficient} of ${dominance.considered} compatible stacks are not dominated`,
        { exact: false },
      ),
    ).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Rank by TOPSIS' }));
    expect(useAppStore.getState().method).toBe('topsis');
    fireEvent.click(
      within(panel).getByRole('checkbox', { name: 'Hide dominated stacks in the ranking' }),
    );
    expect(useAppStore.getState().hideDominated).toBe(true);
  });
});
