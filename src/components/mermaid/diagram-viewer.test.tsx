// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useAppStore } from '../../store/app-store';
import { DiagramDialog } from './diagram-dialog';
import { DiagramViewer } from './diagram-viewer';

const SVG = {
  markup:
    '<svg id="mermaid-svg-1" viewBox="0 0 400 200" data-csp-style="max-width: 400px;"><g></g></svg>',
  css: '#mermaid-svg-1{fill:#333;}',
};

afterEach(() => {
  cleanup();
  useAppStore.setState({ language: 'en' });
});

const picture = () => screen.getByRole('img', { name: 'The tree' });

describe('DiagramViewer', () => {
  it('shows the SVG at its natural size, then zooms by the buttons within readable limits', () => {
    render(
      <DiagramViewer svg={SVG} label="The tree" title="Trees" fitBy="width" start="natural" />,
    );
    expect(picture().style.width).toBe('400px');
    expect(picture().style.height).toBe('200px');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(picture().style.width).toBe('500px');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(picture().style.width).toBe('300px');
    expect(screen.getByRole('button', { name: 'Zoom out' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(picture().style.width).toBe('300px');
    expect(screen.getByText('Zoom 75%')).toBeTruthy();
  });

  it('inserts the SVG as nodes with its parked style written back through the CSSOM', () => {
    render(
      <DiagramViewer svg={SVG} label="The tree" title="Trees" fitBy="width" start="natural" />,
    );
    const svg = picture().querySelector('svg')!;
    expect(svg.id).toBe('mermaid-svg-1');
    expect(svg.style.maxWidth).toBe('400px');
    expect(svg.hasAttribute('data-csp-style')).toBe(false);
  });

  it('zooms by + − and 0 in its scroller, which is a labelled, focusable group', () => {
    render(
      <DiagramViewer svg={SVG} label="The tree" title="Trees" fitBy="width" start="natural" />,
    );
    const scroller = screen.getByRole('group', { name: /^Trees: scroll, drag/ });
    expect(scroller.tabIndex).toBe(0);
    fireEvent.keyDown(scroller, { key: '+' });
    fireEvent.keyDown(scroller, { key: '+' });
    expect(picture().style.width).toBe('600px');
    fireEvent.keyDown(scroller, { key: '-' });
    expect(picture().style.width).toBe('500px');
    // jsdom lays nothing out (width 0): fit lands on the smallest readable zoom
    fireEvent.keyDown(scroller, { key: '0' });
    expect(picture().style.width).toBe('300px');
  });

  it('names its controls in Chinese', () => {
    useAppStore.setState({ language: 'zh' });
    render(<DiagramViewer svg={SVG} label="树" title="决策树" fitBy="width" start="natural" />);
    for (const name of ['缩小', '放大', '适应'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('holds a note instead of the SVG while the full-screen view shows it', () => {
    render(
      <DiagramViewer svg={null} label="The tree" title="Trees" fitBy="width" start="natural" />,
    );
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('Shown in the full-screen view.')).toBeTruthy();
  });
});

describe('DiagramDialog', () => {
  it('is a dialog named by its title whose Close button closes it', () => {
    const onClose = vi.fn();
    render(<DiagramDialog svg={SVG} label="The tree" title="Trees" onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Trees' });
    expect(dialog.querySelector('.diagram-svg svg')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
