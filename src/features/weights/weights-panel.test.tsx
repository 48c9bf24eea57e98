// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { ScenarioPresets } from './scenario-presets';
import { WeightsPanel } from './weights-panel';

describe('WeightsPanel', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  it('names each slider after its dimension, in both languages', () => {
    render(<WeightsPanel />);
    const resource = screen.getByRole('slider', { name: 'Resource' }) as HTMLInputElement;
    expect(resource.value).toBe('3');
    expect(screen.getAllByRole('slider')).toHaveLength(6);
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('slider', { name: '资源' })).toBeTruthy();
  });

  it('sets a weight while dragging and shows the new shares', () => {
    render(<WeightsPanel />);
    fireEvent.change(screen.getByRole('slider', { name: 'Maturity' }), {
      target: { value: '5' },
    });
    expect(useAppStore.getState().weights.maturity).toBe(5);
    // 3/3/2/2/2/5 out of 17: maturity holds 29%.
    expect(screen.getByRole('slider', { name: 'Maturity' }).getAttribute('aria-valuetext')).toBe(
      '5, 29% of the total',
    );
  });
});

describe('WeightsPanel share bar', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  it('draws each segment as its share of the total, not relative to the largest weight', () => {
    const { container } = render(<WeightsPanel />);
    const widths = () =>
      [...container.querySelectorAll<HTMLElement>('.weight-distribution > span')].map((s) =>
        parseFloat(s.style.width),
      );
    // 3/3/2/2/2/1 out of 13: the largest weight is 23% of the bar.
    expect(widths().map((w) => Math.round(w * 100) / 100)).toEqual([
      23.08, 23.08, 15.38, 15.38, 15.38, 7.69,
    ]);
    fireEvent.change(screen.getByRole('slider', { name: 'Maturity' }), {
      target: { value: '5' },
    });
    // 3/3/2/2/2/5 out of 17.
    expect(widths().at(-1)).toBeCloseTo((5 / 17) * 100, 10);
    expect(widths().reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });
});

describe('ScenarioPresets', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  it('marks the active scenario and shows "Custom" once the inputs change', () => {
    render(<ScenarioPresets />);
    fireEvent.click(screen.getByRole('button', { name: 'Edge computing' }));
    expect(
      screen.getByRole('button', { name: 'Edge computing' }).getAttribute('aria-pressed'),
    ).toBe('true');
    const sources = screen.getByText('Sources:').parentElement!;
    expect(within(sources).getByText('§17.6.3')).toBeTruthy();
    act(() => useAppStore.getState().setWeight('cost', 1));
    expect(screen.getAllByText('Custom').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('button', { name: 'Edge computing' }).getAttribute('aria-pressed'),
    ).toBe('false');
  });
});

describe('ScenarioPresets: derivation, focus and alternatives', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  it('shows the edge focus, and where each weight and requirement comes from', () => {
    render(<ScenarioPresets />);
    fireEvent.click(screen.getByRole('button', { name: 'Edge computing' }));
    expect(
      screen.getByText(/Performance is measured by start time only under this scenario\./),
    ).toBeTruthy();
    const details = screen.getByText('Where these weights come from').closest('details')!;
    const scale = within(details).getByText('Scale').closest('li')!;
    expect(within(scale).getAllByLabelText("App's reading of §17.6.3")).toHaveLength(1);
    // Performance (start time, second in 17.6.3) is the seed's; resource's 4 is a reading of the order.
    // the first "Performance" row is its weight; the focus row follows the requirements
    const performance = within(details).getAllByText('Performance')[0]!.closest('li')!;
    expect(within(performance).getByLabelText('Seed §17.6.3 Decision matrix')).toBeTruthy();
    expect(performance.querySelector('q')!.textContent).toBe('资源占用 > 启动时间');
    const resource = within(details).getByText('Resource').closest('li')!;
    expect(within(resource).getByLabelText("App's reading of §17.6.3")).toBeTruthy();
    expect(resource.querySelector('q')!.textContent).toBe('资源占用 > 启动时间 > 离线能力 >');
    const site = within(details).getByText('Site').closest('li')!;
    expect(within(site).getByText('edge')).toBeTruthy();
    expect(within(details).getByRole('img', { name: '4 of 5 stars' })).toBeTruthy();
    // edge has one seed stack: nothing to choose between
    expect(screen.queryByRole('button', { name: /^Apply alternative/ })).toBeNull();
  });

  it('applies an alternative: the scenario, then its requirements; the focus follows the base', () => {
    render(<ScenarioPresets />);
    fireEvent.click(screen.getByRole('button', { name: 'AI inference' }));
    fireEvent.click(
      screen.getByRole('button', { name: 'Apply alternative: Cloud AI: Kubernetes' }),
    );
    const state = useAppStore.getState();
    expect(state.requirements.site).toBe('cloud');
    expect(state.requirements.gpu).toBe(true);
    expect(state.scenarioId).toBeNull();
    expect(state.baseScenarioId).toBe('ai-inference');
    expect(screen.getAllByText('Started from: AI inference').length).toBeGreaterThan(0);
    expect(
      screen.getByText(
        /Performance is measured by start time and latency only under AI inference, the scenario you started from\./,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Apply alternative: Edge AI: K3s' }));
    expect(useAppStore.getState().scenarioId).toBe('ai-inference');
    expect(useAppStore.getState().requirements.site).toBe('edge');
  });

  it('speaks Chinese', () => {
    render(<ScenarioPresets />);
    act(() => {
      useAppStore.getState().applyScenario('serverless');
      useAppStore.getState().setLanguage('zh');
    });
    expect(screen.getByText('这些权重从何而来')).toBeTruthy();
    expect(screen.getByText(/此场景下，规模只看Pod 密度。/)).toBeTruthy();
    expect(
      screen.getByRole('button', { name: '应用选项：大规模（> 1000 节点）：Kubernetes' }),
    ).toBeTruthy();
  });
});

describe('WeightsPanel and ScenarioPresets with a user catalogue', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(() => {
    cleanup();
    useAppStore.setState({ ...defaultInputs(), catalogue: seedCatalogue });
  });

  it('a 7th dimension gets a 7th slider, labelled with its name and its default weight', () => {
    act(() => useAppStore.getState().loadCatalogue(withSecurity(seedCatalogue)));
    render(<WeightsPanel />);
    expect(screen.getAllByRole('slider')).toHaveLength(7);
    const security = screen.getByRole('slider', { name: 'Security' }) as HTMLInputElement;
    expect(security.value).toBe('2');
    // 3/3/2/2/2/1/2 out of 15: security holds 13%.
    expect(security.getAttribute('aria-valuetext')).toBe('2, 13% of the total');
    expect(screen.getByText('Default: 2')).toBeTruthy();
    fireEvent.change(security, { target: { value: '4' } });
    expect(useAppStore.getState().weights.security).toBe(4);
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('slider', { name: '安全' })).toBeTruthy();
  });

  it('follows a catalogue with fewer dimensions, and offers its own scenarios', () => {
    const keep = new Set(['resource', 'cost']);
    act(() =>
      useAppStore.getState().loadCatalogue({
        ...seedCatalogue,
        dimensions: seedCatalogue.dimensions.filter((d) => keep.has(d.id)),
        scenarios: seedCatalogue.scenarios.filter((s) => s.id === 'default' || s.id === 'edge'),
      }),
    );
    render(
      <>
        <WeightsPanel />
        <ScenarioPresets />
      </>,
    );
    expect(screen.getAllByRole('slider').map((s) => s.getAttribute('id'))).toEqual([
      'weight-resource',
      'weight-cost',
    ]);
    const scenarios = screen.getByRole('button', { name: 'Edge computing' }).parentElement!;
    expect(
      within(scenarios)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Seed defaults', 'Edge computing']);
  });
});

describe('WeightsPanel stability bands and precision', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  const band = (container: HTMLElement, dimension: string) =>
    container
      .querySelector<HTMLElement>(`#weight-${dimension}`)!
      .parentElement!.querySelector('.weight-band')!;
  const ends = (container: HTMLElement, dimension: string) => {
    const b = band(container, dimension);
    return [b.getAttribute('data-low'), b.getAttribute('data-high')];
  };

  it('marks where the #1 holds on each slider, says it in words, and follows other weights', () => {
    const { container } = render(<WeightsPanel />);
    expect(ends(container, 'scale')).toEqual(['1.87', '4.62']);
    expect(ends(container, 'maturity')).toEqual(['0', '5']);
    expect(band(container, 'scale').getAttribute('data-busy')).toBe('false');
    const scale = screen.getByRole('slider', { name: 'Scale' });
    const described = scale
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
    expect(described[1]).toBe('#1 stays #1 from 1.87 to 4.62');
    fireEvent.change(screen.getByRole('slider', { name: 'Cost' }), { target: { value: '5' } });
    expect(ends(container, 'scale')).toEqual(['0', '3.1']);
    expect(ends(container, 'resource')).toEqual(['0.27', '5']);
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(document.getElementById('weight-scale-stability')!.textContent).toBe(
      '在 0 至 3.1 之间第 1 名不变',
    );
  });

  it('puts the thumb at a weight in hundredths; the keys move by half steps from it', () => {
    render(<WeightsPanel />);
    act(() => useAppStore.getState().setWeights({ ...useAppStore.getState().weights, cost: 3.21 }));
    const cost = screen.getByRole('slider', { name: 'Cost' }) as HTMLInputElement;
    expect(cost.step).toBe('any');
    expect(cost.value).toBe('3.21');
    fireEvent.keyDown(cost, { key: 'ArrowRight' });
    expect(useAppStore.getState().weights.cost).toBe(3.5);
    fireEvent.keyDown(cost, { key: 'ArrowLeft' });
    expect(useAppStore.getState().weights.cost).toBe(3);
    fireEvent.keyDown(cost, { key: 'End' });
    expect(useAppStore.getState().weights.cost).toBe(5);
    fireEvent.keyDown(cost, { key: 'PageDown' });
    expect(useAppStore.getState().weights.cost).toBe(4);
    fireEvent.keyDown(cost, { key: 'Home' });
    expect(cost.value).toBe('0');
  });
});
