import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { dimensionModel } from './dimension-model';

const dimension = (id: string) => seedCatalogue.dimensions.find((d) => d.id === id)!;

describe('dimensionModel', () => {
  it('names the catalogue facts that measure a dimension, each once', () => {
    expect(dimensionModel(dimension('resource'), 'en').facts).toBe(
      'Measured by: Control-plane memory, Memory footprint, Image size, Resource use, Memory use',
    );
    // zh labels resourceUse and policyMemory both 资源占用: named once.
    expect(dimensionModel(dimension('resource'), 'zh').facts).toBe(
      '度量事实：控制平面内存、内存占用、镜像体积、资源占用',
    );
    expect(dimensionModel(dimension('scale'), 'en').facts).toBe(
      'Measured by: Node range, Pod density',
    );
  });

  it('17.6.1 prints the indicators, not the model: the rationale quotes 评估指标 and names the rule', () => {
    expect(dimensionModel(dimension('resource'), 'en').rationale).toBe(
      '17.6.1 names the indicators (评估指标 “内存占用、CPU 占用、存储占用”) but not how a stack’s layers combine or which catalogue facts stand for them: the facts and the “Mean” rule are the app’s model.',
    );
    expect(dimensionModel(dimension('scale'), 'zh').rationale).toBe(
      '17.6.1 给出评估指标（“节点数、Pod 数、对象数”），但没有说明一个技术栈的各层如何合并，也没有说明哪些目录事实代表这些指标：事实与“容量”规则是本应用的模型。',
    );
  });
});
