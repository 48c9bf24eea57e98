// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { defaultInputs, useAppStore } from '../../store/app-store';
import { VerdictSlide } from './verdict-slide';

const CENTRAL = 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm';
const EDGE = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const tier = (name: string) => screen.getByRole('region', { name });

describe('VerdictSlide', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('hybrid: presents each tier’s #1 under its own scenario, not the slider ranking’s co-recommended pair', () => {
    const error = vi.spyOn(console, 'error');
    useAppStore.getState().applyScenario('hybrid');
    const { container } = render(<VerdictSlide />);
    expect(
      screen.getByText(
        'Hybrid (17.2.2): each tier is ranked with its own scenario’s weights and requirements; the sliders do not apply here.',
      ),
    ).toBeTruthy();
    const central = tier('Central tier — Large-scale production');
    expect(central.querySelector('.presenter-pick')!.getAttribute('data-stack-id')).toBe(CENTRAL);
    expect(within(central).getByText('#1 of 60')).toBeTruthy();
    expect(within(central).getByText('Why #1 over #2')).toBeTruthy();
    expect(
      within(central).getByText('Cost decides it: +0.7 points there, +0.7 overall.'),
    ).toBeTruthy();
    const edge = tier('Edge tier — Edge computing');
    expect(edge.querySelector('.presenter-pick')!.getAttribute('data-stack-id')).toBe(EDGE);
    expect(within(edge).getByText('#1 of 240')).toBeTruthy();
    // The slider ranking's #1 (K3s + etcd, co-recommended with sqlite) is not on the slide.
    expect(
      container.querySelector('[data-stack-id="k3s+wasmedge+crun+etcd+calico+opa-wasm"]'),
    ).toBeNull();
    expect(container.querySelector('.presenter-co')).toBeNull();
    expect(
      screen.getAllByText(/^(Central|Edge) tier \(#1 there: /).map((e) => e.textContent),
    ).toEqual([
      'Central tier (#1 there: Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm): ',
      'Edge tier (#1 there: K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm): ',
    ]);
    expect(error).not.toHaveBeenCalled();
  });

  it('hybrid in Chinese', () => {
    useAppStore.getState().applyScenario('hybrid');
    useAppStore.setState({ language: 'zh' });
    render(<VerdictSlide />);
    expect(
      screen.getByText('混合架构（17.2.2）：两层分别按各自场景的权重与需求排名；滑块不作用于此。'),
    ).toBeTruthy();
    const central = tier('中心层——大规模生产');
    expect(central.querySelector('.presenter-pick')!.getAttribute('data-stack-id')).toBe(CENTRAL);
    expect(within(central).getByText('60 个中的第 1 名')).toBeTruthy();
    expect(
      tier('边缘层——边缘计算').querySelector('.presenter-pick')!.getAttribute('data-stack-id'),
    ).toBe(EDGE);
  });

  it('large-scale: the tied containerd and Docker stacks are co-recommended, with no “#1 over #2”', () => {
    useAppStore.getState().applyScenario('large-scale');
    const { container } = render(<VerdictSlide />);
    expect(screen.queryByText('Why #1 over #2')).toBeNull();
    expect(screen.getByText('What separates them')).toBeTruthy();
    expect(container.querySelector('.presenter-runner-up')).toBeNull();
    expect(
      [...container.querySelectorAll('.presenter-co-stacks li')].map((li) => [
        li.getAttribute('data-stack-id'),
        li.querySelector('.presenter-co-rank')!.textContent,
      ]),
    ).toEqual([
      ['kubernetes+containerd+runc+etcd+calico+gatekeeper', '#1'],
      ['kubernetes+docker+runc+etcd+calico+gatekeeper', '#1'],
    ]);
  });
});
