import { describe, expect, it } from 'vitest';

import { encodeLabel, readableLabel, safeId } from './encode-label';

describe('encodeLabel', () => {
  it('keeps letters, digits, spaces and Chinese characters', () => {
    expect(encodeLabel('K3s 1000 节点')).toBe('K3s 1000 节点');
  });

  it('writes every other character as a numeric entity', () => {
    expect(encodeLabel('a"b')).toBe('a#34;b');
    expect(encodeLabel('x-->y')).toBe('x#45;#45;#62;y');
    expect(encodeLabel('<script>')).toBe('#60;script#62;');
    expect(encodeLabel('%%{init}%%')).toBe('#37;#37;#123;init#125;#37;#37;');
    expect(encodeLabel('WasmEdge + crun（推荐）')).toBe('WasmEdge #43; crun#65288;推荐#65289;');
  });

  it('leaves no character that mermaid treats as syntax', () => {
    const hostile = 'Vue"] --> X["injected`;|&#<>{}[]()%:';
    expect(encodeLabel(hostile)).toMatch(/^[A-Za-z0-9 #;]*$/);
  });
});

describe('safeId', () => {
  it('turns any id into an ASCII identifier', () => {
    expect(safeId('k3s+wasmedge')).toBe('n_k3s_wasmedge');
    expect(safeId('end')).toBe('n_end');
  });

  it('keeps readable labels readable and still closes no quote', () => {
    expect(readableLabel('Level 1: scenario → K3s + WasmEdge (17.8.1), ≤ 1,000 节点')).toBe(
      'Level 1: scenario → K3s + WasmEdge (17.8.1), ≤ 1,000 节点',
    );
    expect(readableLabel('Vue"] --> X["injected')).toBe('Vue#34;] --#62; X[#34;injected');
    expect(readableLabel('#35; <b>&`')).toBe('#35;35; #60;b#62;#38;#96;');
  });
});

describe('readableLabel against hostile catalogue text', () => {
  it('breaks %% so mermaid reads no directive or comment, whatever the quotes', () => {
    expect(readableLabel("%%{init: {'securityLevel':'loose'}}%%")).toBe(
      "#37;#37;{init: {'securityLevel':'loose'}}#37;#37;",
    );
    expect(readableLabel('%% comment')).toBe('#37;#37; comment');
  });

  it('writes newlines, controls, bidi overrides and zero-width characters as entities', () => {
    expect(readableLabel('a\nclick A call alert(1)')).toBe('a#10;click A call alert(1)');
    expect(readableLabel('x\r\u2028y\u2029')).toBe('x#13;#8232;y#8233;');
    expect(readableLabel('safe\u202Egnp.exe')).toBe('safe#8238;gnp.exe');
    expect(readableLabel('K\u200B3s\uFEFF')).toBe('K#8203;3s#65279;');
    expect(readableLabel('\u001B[31m')).toBe('#27;[31m');
  });

  it('leaves a label breakout, a statement separator or a class shorthand inside the quotes', () => {
    // ; ] ) } | and ::: mean nothing inside a quoted label; only the quote ends it.
    expect(readableLabel('x"];classDef evil fill:#f00;A:::evil')).toBe(
      'x#34;];classDef evil fill:#35;f00;A:::evil',
    );
    expect(readableLabel('"|-->X|"')).toBe('#34;|--#62;X|#34;');
  });
});
