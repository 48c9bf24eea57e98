import type { CatalogueError } from '../catalogue/catalogue-errors';
import { CATALOGUE_FORMAT } from '../catalogue/catalogue-file';
import type { Language } from '../catalogue/types';
import { defineMessages, format } from '../i18n/messages';

// The catalogue's checks (catalogue-errors.ts, validate.ts, catalogue-file.ts, json-text.ts,
// patch.ts, facts-csv.ts, read-import.ts) describe a problem in English: the path, the value
// and what was expected. These are their phrases, each with its zh words: the English is the
// pattern a phrase is recognised by, `{name}` stands for a value (an id, a number, a list of
// ids), `{of}` for a nested phrase. catalogue-error-words.test.ts runs broken files through
// every check and fails if one of their phrases is missing here.

/** What the rule asks for (the Expected column). */
const expectedPhrases = defineMessages({
  en: {
    // zod's checks (catalogue-errors.ts).
    text: 'a text',
    number: 'a number',
    wholeNumber: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    list: 'a list',
    null: 'null',
    typeOf: 'a value of type {type}',
    textNonEmpty: 'a non-empty text',
    textMin: 'a text of at least {n} characters',
    textMax: 'a text of at most {n} characters',
    textMaxOne: 'a text of at most {n} character',
    itemsNonEmpty: 'at least one item',
    itemsMin: 'at least {n} items',
    itemsMax: 'at most {n} items',
    itemsMaxOne: 'at most {n} item',
    itemsExact: 'exactly {n} items',
    itemsExactOne: 'exactly {n} item',
    numberAbove: 'a number above {n}',
    numberMin: 'a number of at least {n}',
    numberBelow: 'a number below {n}',
    numberMax: 'a number of at most {n}',
    exactly: 'exactly {value}',
    oneOf: 'one of: {values}',
    matches: 'a text matching {pattern}',
    validFormat: 'a valid {format}',
    multipleOf: 'a multiple of {n}',
    keyThat: 'a key that is {of}',
    validKey: 'a valid key',
    validElement: 'a valid element',
    knownKeys: 'only known keys',
    factKey: 'a known fact key (one of: {keys})',
    notProtoKey: 'a key other than __proto__',
    fixAbove: 'the errors above fixed first',
    // The schema's own rules (schema.ts, ids.ts).
    shortId: 'a short id: a letter, then letters, digits or -',
    shortIdAny: 'a short id: letters, digits and -',
    technologyId: 'a lower-case id: letters, digits and -',
    notReservedId: 'an id that is not reserved',
    notColumnId: "an id other than {ids} (the ranking table's own columns)",
    textInOneLanguage: 'a text in at least one language',
    sectionId: 'a section id like 17.3.2',
    rangeOrder: 'range min must not exceed max',
    // A link's patch (patch.ts).
    maxDepth: 'at most {n} levels of nesting',
    noReservedKey: 'no key named __proto__, constructor or prototype',
    plainJson: 'plain JSON',
    // Cross-references (validate.ts).
    existingTechnology: 'an existing technology id',
    existingSection: 'an existing section id (one of the catalogue’s sections)',
    existingLayer: 'an existing layer id',
    existingDimension: 'an existing dimension id',
    existingScenario: 'an existing scenario id',
    enteredSource:
      'the source the user entered ({ "source": "a URL, a benchmark, team estimate" })',
    notReserved: 'an id other than {ids}',
    uniqueId: 'a unique id ({path} has it)',
    technologyOfLayer: 'a technology of layer {layer} ("{id}" is in layer {actual})',
    layerWithTechnology: 'a layer with at least one technology',
    maxStacks:
      "at most {n} stacks (one technology per layer: the product of the layers' technology counts)",
    readableCatalogue: 'a catalogue object that can be read ({reason})',
    // A file (catalogue-file.ts, json-text.ts, read-import.ts).
    fileMax: 'a file of at most {max}',
    catalogueFileMax: 'a catalogue file of at most {max}',
    csvFileMax: 'a CSV file of at most {max}',
    readableFile: 'a readable text file',
    validJson: 'valid JSON ({reason})',
    catalogueObject: 'an object: a catalogue file (format, version, catalogue) or a catalogue',
    format: JSON.stringify(CATALOGUE_FORMAT),
    wholeNumberMin: 'a whole number of at least {n}',
    versionMax: 'version {n} or older',
    catalogue: 'a catalogue',
    // A CSV of facts (facts-csv.ts).
    csvText: 'CSV text ({reason})',
    validCsv: 'valid CSV ({reason})',
    csvUnclosedQuote: 'valid CSV (Quoted field unterminated)',
    csvBadQuote: 'valid CSV (Trailing quote on quoted field is malformed)',
    columnName: 'a column name: one of {columns}',
    columnOnce: 'a column named once',
    columnNamed: 'a column named {columnName}',
    cellsMax: 'at most {n} cells, one per column of the header',
    technologyCell: 'a technology id',
    newTechnologyLayer: 'an existing layer id for the new technology {id} (one of: {layers})',
    newTechnologyName: 'a name for the new technology {id}',
    sameLayer: 'the technology’s layer, {layer} (a CSV cannot move a technology)',
    sameName: 'the name in row {row}, {technology}',
    factKeyCell: 'a fact key: one of {keys}',
    factOnce: 'one row per fact of a technology (row {row} has {fact} of {id})',
    emptyCell: 'an empty cell for a {kind} fact',
    booleanOrEmpty: 'true, false or an empty cell',
  },
  zh: {
    text: '文本',
    number: '数字',
    wholeNumber: '整数',
    boolean: 'true 或 false',
    object: '对象',
    list: '列表',
    null: 'null',
    typeOf: '{type} 类型的值',
    textNonEmpty: '非空文本',
    textMin: '至少 {n} 个字符的文本',
    textMax: '至多 {n} 个字符的文本',
    textMaxOne: '至多 {n} 个字符的文本',
    itemsNonEmpty: '至少一项',
    itemsMin: '至少 {n} 项',
    itemsMax: '至多 {n} 项',
    itemsMaxOne: '至多 {n} 项',
    itemsExact: '恰好 {n} 项',
    itemsExactOne: '恰好 {n} 项',
    numberAbove: '大于 {n} 的数字',
    numberMin: '不小于 {n} 的数字',
    numberBelow: '小于 {n} 的数字',
    numberMax: '不大于 {n} 的数字',
    exactly: '恰为 {value}',
    oneOf: '以下之一：{values}',
    matches: '匹配 {pattern} 的文本',
    validFormat: '有效的 {format}',
    multipleOf: '{n} 的倍数',
    keyThat: '键应为{of}',
    validKey: '有效的键',
    validElement: '有效的元素',
    knownKeys: '只含已知的键',
    factKey: '已知的事实键（以下之一：{keys}）',
    notProtoKey: '__proto__ 以外的键',
    fixAbove: '先修正上面的问题',
    shortId: '简短的 id：以字母开头，后接字母、数字或 -',
    shortIdAny: '简短的 id：字母、数字和 -',
    technologyId: '小写的 id：字母、数字和 -',
    notReservedId: '非保留的 id',
    notColumnId: '{ids} 以外的 id（这些是排名表自己的列）',
    textInOneLanguage: '至少一种语言的文本',
    sectionId: '章节 id，如 17.3.2',
    rangeOrder: '范围的最小值不大于最大值',
    maxDepth: '至多 {n} 层嵌套',
    noReservedKey: '不含名为 __proto__、constructor 或 prototype 的键',
    plainJson: '纯 JSON',
    existingTechnology: '已有的技术 id',
    existingSection: '已有的章节 id（目录中的章节之一）',
    existingLayer: '已有的层 id',
    existingDimension: '已有的维度 id',
    existingScenario: '已有的场景 id',
    enteredSource: '用户填写的来源（{ "source": "URL、基准测试、团队估计" }）',
    notReserved: '{ids} 以外的 id',
    uniqueId: '唯一的 id（{path} 已使用它）',
    technologyOfLayer: '{layer} 层的技术（"{id}" 属于 {actual} 层）',
    layerWithTechnology: '至少有一项技术的层',
    maxStacks: '至多 {n} 个技术栈（每层选一项技术：各层技术数的乘积）',
    readableCatalogue: '可以读取的目录对象（{reason}）',
    fileMax: '不超过 {max} 的文件',
    catalogueFileMax: '不超过 {max} 的目录文件',
    csvFileMax: '不超过 {max} 的 CSV 文件',
    readableFile: '可以读取的文本文件',
    validJson: '有效的 JSON（解析器：{reason}）',
    catalogueObject: '对象：目录文件（format、version、catalogue）或目录本身',
    format: JSON.stringify(CATALOGUE_FORMAT),
    wholeNumberMin: '不小于 {n} 的整数',
    versionMax: '版本 {n} 或更早',
    catalogue: '目录',
    csvText: 'CSV 文本（{reason}）',
    validCsv: '有效的 CSV（解析器：{reason}）',
    csvUnclosedQuote: '有效的 CSV（有引号未闭合）',
    csvBadQuote: '有效的 CSV（带引号的字段在结尾引号后还有字符）',
    columnName: '列名，应为以下之一：{columns}',
    columnOnce: '只出现一次的列名',
    columnNamed: '名为 {columnName} 的列',
    cellsMax: '至多 {n} 个单元格（表头每列一个）',
    technologyCell: '技术 id',
    newTechnologyLayer: '新技术 {id} 的已有层 id（以下之一：{layers}）',
    newTechnologyName: '新技术 {id} 的名称',
    sameLayer: '该技术所在的层 {layer}（CSV 不能把技术移到别的层）',
    sameName: '第 {row} 行的名称 {technology}',
    factKeyCell: '事实键，应为以下之一：{keys}',
    factOnce: '每项技术的每个事实只占一行（第 {row} 行已有 {id} 的 {fact}）',
    emptyCell: '{kind} 类事实的这一格应留空',
    booleanOrEmpty: 'true、false 或空单元格',
  },
});

/** Where the problem is (the Path column), when it is not a JSON path. */
const pathPhrases = defineMessages({
  en: {
    root: '(root)',
    cellNumbered: 'row {row}, column {column}',
    cellNamed: 'row {row}, column {name}',
    row: 'row {row}',
    line: 'line {line}, column {column}',
  },
  zh: {
    root: '（整个文件）',
    cellNumbered: '第 {row} 行，第 {column} 列',
    cellNamed: '第 {row} 行，{name} 列',
    row: '第 {row} 行',
    line: '第 {line} 行，第 {column} 列',
  },
});

/** What the file holds there (the Value column), when it is not a preview of the file's JSON. */
const valuePhrases = defineMessages({
  en: {
    missing: '(missing)',
    empty: '(empty)',
    unreadable: '(unreadable)',
    over: 'over {size}',
    items: '{n} items',
    itemsOne: '{n} item',
    stacks: '{n} stacks',
    moreErrors: '{n} more errors',
  },
  zh: {
    missing: '（缺失）',
    empty: '（空）',
    unreadable: '（无法读取）',
    over: '超过 {size}',
    items: '{n} 项',
    itemsOne: '{n} 项',
    stacks: '{n} 个技术栈',
    moreErrors: '另有 {n} 个问题',
  },
});

/** The phrases by column, in both languages (for tests: every phrase is written by a check). */
export const CATALOGUE_ERROR_PHRASES = {
  expected: expectedPhrases,
  path: pathPhrases,
  value: valuePhrases,
};

/** How the alternatives of a union are joined (`a text, or a number`). */
const OR = { en: ', or ', zh: '，或' } as const;

/** What a placeholder matches: counts, row and column numbers and sizes are narrow; ids anything. */
const PLACEHOLDER_PATTERNS: Readonly<Record<string, string>> = {
  n: '-?\\d[\\d,.]*(?:e[+-]?\\d+)?',
  row: '\\d+',
  line: '\\d+',
  column: '\\d+',
  name: '[^\\s,]+',
  size: '[\\d.]+ (?:bytes|KB|MB|GB)',
};

interface Phrase {
  key: string;
  pattern: RegExp;
  /** Characters outside placeholders: the more, the more specific the phrase. */
  literal: number;
}

function compile<K extends string>(english: Record<K, string>): Phrase[] {
  return (Object.entries(english) as [K, string][])
    .map(([key, template]) => {
      let source = '';
      let literal = 0;
      for (const part of template.split(/(\{\w+\})/)) {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name) source += `(?<${name}>${PLACEHOLDER_PATTERNS[name] ?? '.+?'})`;
        else {
          source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          literal += part.length;
        }
      }
      return { key, pattern: new RegExp(`^${source}$`, 's'), literal };
    })
    .sort((a, b) => b.literal - a.literal);
}

const EXPECTED = compile(expectedPhrases.en);
const PATHS = compile(pathPhrases.en);
const VALUES = compile(valuePhrases.en);

type Match = { key: string; values: Record<string, string> };

function match(phrases: readonly Phrase[], text: string): Match | null {
  for (const { key, pattern } of phrases) {
    const found = pattern.exec(text);
    if (found) return { key, values: { ...found.groups } };
  }
  return null;
}

/** The key of the path or value phrase a text is, or null (a JSON path, a preview of the file). */
export function pathOrValuePhrase(column: 'path' | 'value', text: string): string | null {
  return match(column === 'path' ? PATHS : VALUES, text)?.key ?? null;
}

type ExpectedKey = keyof typeof expectedPhrases.en;

/** An `expected` text read back: its phrase and values, the phrase `{of}` stands for, or a union's alternatives. */
export type ParsedExpected =
  | { key: ExpectedKey; values: Record<string, string>; of?: ParsedExpected }
  | { key: 'anyOf'; alternatives: ParsedExpected[] };

/** Reads an `expected` text back into its phrases, or null when a part is none of them. */
export function parseExpected(text: string): ParsedExpected | null {
  const found = match(EXPECTED, text);
  if (found) {
    const { of: nested, ...values } = found.values;
    if (nested === undefined) return { key: found.key as ExpectedKey, values };
    const of = parseExpected(nested);
    return of ? { key: found.key as ExpectedKey, values, of } : null;
  }
  // A union (catalogue-errors.ts joins its alternatives with ", or ").
  const parts = text.split(OR.en);
  if (parts.length < 2) return null;
  const alternatives = parts.map(parseExpected);
  return alternatives.every((a) => a !== null) ? { key: 'anyOf', alternatives } : null;
}

function renderExpected(parsed: ParsedExpected, lang: Language): string {
  if (parsed.key === 'anyOf')
    return parsed.alternatives.map((a) => renderExpected(a, lang)).join(OR[lang]);
  const values = parsed.of
    ? { ...parsed.values, of: renderExpected(parsed.of, lang) }
    : parsed.values;
  return format(expectedPhrases[lang][parsed.key], values);
}

function words<K extends string>(
  phrases: readonly Phrase[],
  table: Record<Language, Record<K, string>>,
  text: string,
  lang: Language,
): string {
  if (lang === 'en') return text;
  const found = match(phrases, text);
  return found ? format(table[lang][found.key as K], found.values) : text;
}

/** An error's path in the given language: a CSV cell or row, a JSON line, the root; JSON paths as they are. */
export function errorPathWords(path: string, lang: Language): string {
  return words(PATHS, pathPhrases, path, lang);
}

/** An error's value in the given language: the missing, a size, a count; previews of the file as they are. */
export function errorValueWords(value: string, lang: Language): string {
  return words(VALUES, valuePhrases, value, lang);
}

/** What an error expected, in the given language; an unknown phrase stays in English. */
export function errorExpectedWords(expected: string, lang: Language): string {
  if (lang === 'en') return expected;
  const parsed = parseExpected(expected);
  return parsed ? renderExpected(parsed, lang) : expected;
}

/** The three cells of an import error in the given language. */
export function catalogueErrorWords(error: CatalogueError, lang: Language): CatalogueError {
  return {
    path: errorPathWords(error.path, lang),
    value: errorValueWords(error.value, lang),
    expected: errorExpectedWords(error.expected, lang),
  };
}
