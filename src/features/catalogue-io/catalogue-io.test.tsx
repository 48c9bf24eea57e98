// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { toCatalogueFile } from '../../catalogue/catalogue-file';
import { withPodman } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { useAppStore } from '../../store/app-store';
import { resetStore } from '../../store/store-fixtures';
import { CatalogueIo } from './catalogue-io';
import { TeamCatalogueLink } from './team-catalogue-link';

/** Chooses a file in the Import catalogue… input. */
async function choose(name: string, text: string, label = 'Import catalogue…') {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  const file = new File([text], name, {
    type: name.endsWith('.csv') ? 'text/csv' : 'application/json',
  });
  // jsdom's Blob has no text(); browsers have had it since 2019.
  Object.defineProperty(file, 'text', { value: async () => text });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

const dialog = () => screen.getByRole('dialog', { hidden: true });

beforeEach(() => resetStore());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CatalogueIo', () => {
  it('offers the exports, the import, Load from URL and the schema', () => {
    render(<CatalogueIo />);
    for (const name of ['Export catalogue (JSON)', 'Export facts (CSV)', 'Load from URL…'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    const input = screen.getByLabelText('Import catalogue…') as HTMLInputElement;
    expect(input.accept).toBe('.json,.csv,application/json,text/csv');
    expect(
      screen.getByRole('link', { name: 'Catalogue format (JSON Schema)' }).getAttribute('href'),
    ).toBe('/catalogue.schema.json');
  });

  it('lists every problem of a malformed file and changes nothing', async () => {
    render(<CatalogueIo />);
    const file = JSON.parse(toCatalogueFile(withPodman(seedCatalogue)));
    file.catalogue.technologies.at(-1).facts.productionStars.value = 9;
    file.catalogue.dimensions[0].defaultWeight = 'high';
    await choose('broken.json', JSON.stringify(file));
    const d = dialog();
    expect(within(d).getByRole('heading', { level: 2, hidden: true }).textContent).toBe(
      'The file was not imported: 2 problems',
    );
    const rows = within(d).getAllByRole('row', { hidden: true }).slice(1);
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      `catalogue.technologies[${seedCatalogue.technologies.length}].facts.productionStars.value`,
      'catalogue.dimensions[0].defaultWeight',
    ]);
    expect(useAppStore.getState().catalogue).toBe(seedCatalogue);
    fireEvent.click(within(d).getByRole('button', { name: 'Close', hidden: true }));
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
  });

  it('lists every problem of a CSV in the interface language (zh)', async () => {
    act(() => useAppStore.getState().setLanguage('zh'));
    render(<CatalogueIo />);
    const csv = [
      'technology,layer,name,fact,kind,value,min,max,unit,source,entered_source',
      'docker,,,startTime,range,,abc,300,ms,user,team',
      'k3s,,,controlPlaneMemory,range,,512,1024,parsecs,user,team',
      'podman,,Podman,offline,bool,true,,,,user,team',
      'docker,,,startTime,range,,100,300,ms,user,team',
    ].join('\r\n');
    await choose('facts.csv', csv, '导入目录…');
    const d = dialog();
    expect(within(d).getByRole('heading', { level: 2, hidden: true }).textContent).toBe(
      '文件未导入：4 个问题',
    );
    const rows = within(d).getAllByRole('row', { hidden: true }).slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['第 2 行，min 列', '"abc"', '数字'],
      ['第 3 行，unit 列', '"parsecs"', '以下之一：MB, ms, nodes, pods/node, stars'],
      [
        '第 4 行，layer 列',
        '（缺失）',
        '新技术 podman 的已有层 id（以下之一：orchestration, runtime, ociRuntime, storage, network, policy）',
      ],
      [
        '第 5 行，fact 列',
        '"startTime"',
        '每项技术的每个事实只占一行（第 2 行已有 docker 的 startTime）',
      ],
    ]);
    expect(useAppStore.getState().catalogue).toBe(seedCatalogue);
  });

  it('previews a valid file, applies it on Apply import and undoes it', async () => {
    render(<CatalogueIo />);
    await choose('team.json', toCatalogueFile(withPodman(seedCatalogue)));
    const d = dialog();
    expect(within(d).getByRole('heading', { level: 2, hidden: true }).textContent).toBe(
      'Import “team.json”?',
    );
    expect(d.textContent).toContain('Podman');
    expect(d.textContent).toContain('#1 stays K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm.');
    expect(d.textContent).toContain('Stacks in the ranking: 240 → 336.');
    expect(useAppStore.getState().catalogue).toBe(seedCatalogue);

    fireEvent.click(within(d).getByRole('button', { name: 'Apply import', hidden: true }));
    const state = useAppStore.getState();
    expect(state.catalogue).toEqual(withPodman(seedCatalogue));
    expect(state.catalogueUndo.at(-1)?.edit).toEqual({ action: 'import', subject: 'team.json' });
    expect(screen.getByRole('status').textContent).toContain('Last change: imported “team.json”.');

    fireEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    expect(useAppStore.getState().catalogue).toBe(seedCatalogue);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('Cancel leaves the catalogue as it was', async () => {
    render(<CatalogueIo />);
    await choose('team.json', toCatalogueFile(withPodman(seedCatalogue)));
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Cancel', hidden: true }));
    expect(useAppStore.getState().catalogue).toBe(seedCatalogue);
    expect(useAppStore.getState().catalogueUndo).toEqual([]);
  });

  it('checks the address typed in Load from URL before fetching anything', async () => {
    const fetchFn = vi.fn();
    vi.stubGlobal('fetch', fetchFn);
    render(<CatalogueIo />);
    fireEvent.click(screen.getByRole('button', { name: 'Load from URL…' }));
    const field = screen.getByRole('textbox', {
      name: 'Address of the catalogue file (https)',
      hidden: true,
    });
    fireEvent.change(field, { target: { value: 'http://example.com/team.json' } });
    fireEvent.click(screen.getByRole('button', { name: 'Load catalogue', hidden: true }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(dialog().textContent).toContain('Type an https:// address.');
    expect(fetchFn).not.toHaveBeenCalled();
  });
});

describe('TeamCatalogueLink', () => {
  const URL_ = 'https://raw.example.dev/team/catalogue.json';

  it('asks first, fetches only after Load catalogue, then previews and applies', async () => {
    const text = toCatalogueFile(withPodman(seedCatalogue));
    const fetchFn = vi.fn(async () => new Response(text, { status: 200 }));
    vi.stubGlobal('fetch', fetchFn);
    render(<TeamCatalogueLink search={`?v=1&catalogue=${encodeURIComponent(URL_)}`} />);
    const d = dialog();
    expect(within(d).getByRole('heading', { level: 2, hidden: true }).textContent).toBe(
      'Load the team catalogue from raw.example.dev?',
    );
    expect(d.querySelector('code')?.textContent).toBe(URL_);
    expect(fetchFn).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.click(within(d).getByRole('button', { name: 'Load catalogue', hidden: true }));
    });
    expect(fetchFn).toHaveBeenCalledTimes(1);
    expect(dialog().textContent).toContain('Import “catalogue.json”?');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Apply import', hidden: true }));
    expect(useAppStore.getState().catalogue).toEqual(withPodman(seedCatalogue));
    expect(useAppStore.getState().notices.map((n) => n.message.en)).toEqual([
      'The team catalogue from raw.example.dev is now your catalogue. Undo import (Catalogue view) brings yours back.',
    ]);
  });

  it('says the server answered 404, and Not now fetches nothing', async () => {
    vi.stubGlobal('fetch', async () => new Response('missing', { status: 404 }));
    const first = render(<TeamCatalogueLink search={`?catalogue=${URL_}`} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Load catalogue', hidden: true }));
    });
    expect(dialog().textContent).toContain('The server answered 404.');
    expect(useAppStore.getState().catalogue).toBe(seedCatalogue);
    first.unmount();

    const fetchFn = vi.fn();
    vi.stubGlobal('fetch', fetchFn);
    render(<TeamCatalogueLink search={`?catalogue=${URL_}`} />);
    fireEvent.click(screen.getByRole('button', { name: 'Not now', hidden: true }));
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('refuses a plain http address at once, without asking', () => {
    render(<TeamCatalogueLink search="?catalogue=http://example.com/x.json" />);
    expect(dialog().textContent).toContain('Only https:// addresses can be loaded.');
  });

  it('refuses a link whose value is not an address without repeating its words', () => {
    const words = 'URGENT: your licence expired. Call support on +1 555 0100 now';
    render(<TeamCatalogueLink search={`?catalogue=${encodeURIComponent(words)}`} />);
    // The title, the reason and Close: no "Address" line.
    expect(dialog().textContent).toBe(
      'The catalogue was not loadedOnly https:// addresses can be loaded.Close',
    );
  });

  it('renders nothing without a team link', () => {
    const { container } = render(<TeamCatalogueLink search="?v=1&n=5" />);
    expect(container.innerHTML).toBe('');
  });
});
