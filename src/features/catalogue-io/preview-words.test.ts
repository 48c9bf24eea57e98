import { describe, expect, it } from 'vitest';

import { catalogueIoMessages } from './messages';
import {
  changedLine,
  fetchErrorText,
  invalidTitle,
  otherLine,
  stacksLine,
  topLine,
} from './preview-words';

const en = catalogueIoMessages.en;
const zh = catalogueIoMessages.zh;
const k3s = { id: 'k3s+a', name: 'K3s + A' };
const k8s = { id: 'kubernetes+b', name: 'Kubernetes + B' };

describe('topLine', () => {
  it('says whether the #1 stays or changes', () => {
    expect(topLine({ before: k3s, after: { ...k3s } }, en)).toBe('#1 stays K3s + A.');
    expect(topLine({ before: k3s, after: k8s }, en)).toBe(
      '#1 changes from K3s + A to Kubernetes + B.',
    );
    expect(topLine({ before: k3s, after: k8s }, zh)).toBe(
      '第 1 名从 K3s + A 变为 Kubernetes + B。',
    );
    expect(topLine({ before: null, after: k8s }, en)).toBe(
      '#1 becomes Kubernetes + B (no stack ranks first now).',
    );
    expect(topLine({ before: k3s, after: null }, en)).toBe(
      'No stack would rank first (now: K3s + A).',
    );
    expect(topLine({ before: null, after: null }, en)).toBe(
      'No stack ranks first, before or after.',
    );
  });
});

describe('stacksLine and otherLine', () => {
  it('write the counts and the other changes', () => {
    expect(stacksLine({ before: 1296, after: 1728 }, en, 'en')).toBe(
      'Stacks in the ranking: 1,296 → 1,728.',
    );
    expect(otherLine([], en, 'en')).toBeNull();
    expect(otherLine(['cases', 'tables'], en, 'en')).toBe(
      'Also changed: production cases, the printed tables.',
    );
    expect(otherLine(['cases', 'order'], zh, 'zh')).toBe('另有更改：生产案例、条目顺序。');
  });
});

describe('changedLine', () => {
  it('names a changed item with its fields, the rest cut short after six', () => {
    expect(changedLine({ name: 'Podman', fields: ['Start time', 'Summary'] }, 'en')).toBe(
      'Podman (Start time, Summary)',
    );
    expect(changedLine({ name: 'Podman', fields: ['启动时间', '简介'] }, 'zh')).toBe(
      'Podman（启动时间、简介）',
    );
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(changedLine({ name: 'X', fields: many }, 'en')).toBe('X (a, b, c, d, e, f, …)');
  });
});

describe('invalidTitle', () => {
  it('counts the problems, including those a capped list left out', () => {
    const e = { path: 'a', value: '1', expected: 'b' };
    expect(invalidTitle([e], en)).toBe('The file was not imported: 1 problem');
    expect(invalidTitle([e, e, e], en)).toBe('The file was not imported: 3 problems');
    expect(invalidTitle([e, { path: '…', value: '5 more errors', expected: '' }], zh)).toBe(
      '文件未导入：6 个问题',
    );
  });
});

describe('fetchErrorText', () => {
  it('gives one clear sentence per way a host refuses', () => {
    expect(fetchErrorText('network', undefined, en)).toBe(
      'The server did not allow this page to read the file (CORS) or the network is down.',
    );
    expect(fetchErrorText('status', 404, en)).toBe('The server answered 404.');
    expect(fetchErrorText('notJson', undefined, en)).toBe('The file at this address is not JSON.');
    expect(fetchErrorText('tooLarge', undefined, en)).toBe(
      'The file is too large (the limit is 5 MB).',
    );
    expect(fetchErrorText('notHttps', undefined, zh)).toBe('只能加载 https:// 地址。');
  });
});
