import type { Language } from '../catalogue/types';
import type { Method } from '../engine/methods';
import { defineMessages } from '../i18n/messages';

/** The aggregation methods' names and one-line descriptions, in both languages. */
export const methodMessages = defineMessages({
  en: {
    weightedSum: 'Weighted sum',
    weightedProduct: 'Weighted product',
    topsis: 'TOPSIS',
    weightedSumHint: 'Score = Σ wᵢ·fᵢ, the seed’s model (17.9.2)',
    weightedProductHint: 'Score = Π fᵢ^wᵢ: a weak dimension pulls the score down harder',
    topsisHint: 'closeness to the ideal stack, away from the worst (vector normalisation)',
  },
  zh: {
    weightedSum: '加权求和',
    weightedProduct: '加权乘积',
    topsis: 'TOPSIS',
    weightedSumHint: 'Score = Σ wᵢ·fᵢ，种子文档的模型（17.9.2）',
    weightedProductHint: 'Score = Π fᵢ^wᵢ：短板维度对得分的拖累更大',
    topsisHint: '贴近理想技术栈、远离最差技术栈的程度（向量归一化）',
  },
});

/** A method's name. */
export function methodName(method: Method, lang: Language): string {
  return methodMessages[lang][method];
}

/** A method's one-line description. */
export function methodHint(method: Method, lang: Language): string {
  return methodMessages[lang][`${method}Hint`];
}
