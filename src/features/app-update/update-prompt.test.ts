import { describe, expect, it } from 'vitest';

import { showsUpdate, updateAction, type UpdateStatus } from './update-prompt';

const status = (s: Partial<UpdateStatus>): UpdateStatus => ({
  needRefresh: false,
  takenOver: false,
  ...s,
});

describe('showsUpdate', () => {
  it('is false until a new version waits', () => {
    expect(showsUpdate(status({}))).toBe(false);
  });
  it('is true while a version waits or after it took over from another tab', () => {
    expect(showsUpdate(status({ needRefresh: true }))).toBe(true);
    expect(showsUpdate(status({ takenOver: true }))).toBe(true);
  });
});

describe('updateAction', () => {
  it('activates a waiting version, and only reloads when it already took over', () => {
    expect(updateAction(status({ needRefresh: true }))).toBe('activate');
    expect(updateAction(status({ needRefresh: true, takenOver: true }))).toBe('reload');
  });
});
