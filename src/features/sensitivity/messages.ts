import { defineMessages } from '../../i18n/messages';

/** Strings of the sensitivity panel ("How stable is the #1?"). */
export const sensitivityMessages = defineMessages({
  en: {
    title: 'How stable is the #1?',
    intro:
      'Each weight moved on its own, the others keeping their proportions: where the current #1 stays first, and which stack takes over past either end.',
    current: '#1 now: {name}',
    exact: 'Exact: every interval’s ends are solved in closed form, not sampled.',
    approximate: 'Approximate: the interval ends were found by sampling.',
    computing: 'Computing…',
    unavailable: 'The stability analysis is not available for this catalogue: {reason}',
    empty: 'No stack is ranked, so there is no #1 to test.',
    intervalsHeading: 'Where the #1 holds, weight by weight',
    intervalsCaption: 'Each weight’s interval where the current #1 stays #1, and who takes over',
    weight: 'Weight',
    now: 'Now',
    from: '#1 holds from',
    to: 'to',
    below: 'Takes over below',
    above: 'Takes over above',
    nobodyBelow: 'nobody, down to 0',
    nobodyAbove: 'nobody, up to {max}',
    nearest: 'nearest',
    sweepHeading: 'Scores of the top 5 as {dimension} sweeps 0 … {max}',
    sweepSelect: 'Weight to sweep',
    sweepIntro:
      'The other weights keep their values, so their proportions; the dashed line marks the weight now.',
    sweepExact:
      'Exact: scores at {points} points; the weighted sum and product are monotone in the weight’s share, so every crossing is found (to far below 0.01).',
    sweepSampled:
      'Sampled: scores at {points} points; TOPSIS lines can cross twice between two points, so a crossing may be missing.',
    showTable: 'Show as table',
    showChart: 'Show as chart',
    legend: 'Lines of the chart',
    rank: '#{rank}',
    taker: 'Takes #1 past an end:',
    nowLine: '{dimension} now ({value})',
    crossingMark: 'Crossing (numbered as below)',
    xLabel: '{dimension} weight',
    yLabel: 'Score (0–100)',
    crossingsHeading: 'Where the lines cross',
    crossing: 'At {at} (share {share} %): {b} overtakes {a}, both at {score}.',
    noCrossings: 'No two of these lines cross between 0 and {max}.',
    scoresCaption: 'Scores of the top 5 at each half step of {dimension} (0–100)',
    stack: 'Stack',
    summary:
      'Scores of the top {count} stacks as {dimension} sweeps 0 … {max}, now {value}: {crossings} {crossings:crossing|crossings}.',
    summaryExtra:
      'Scores of the top {count} stacks, and of {extra} {extra:stack|stacks} that {extra:takes|take} #1 past an end, as {dimension} sweeps 0 … {max}, now {value}: {crossings} {crossings:crossing|crossings}.',
    tipTitle: '{dimension} at {value}',
    sweepUnavailable: 'The sweep is not available for this catalogue: {reason}',
    undrawnAbove:
      'Not drawn: {name} takes #1 above {at}, but is not in the top 5 now, so the chart has no line for it.',
    undrawnBelow:
      'Not drawn: {name} takes #1 below {at}, but is not in the top 5 now, so the chart has no line for it.',
  },
  zh: {
    title: '第 1 名有多稳？',
    intro:
      '单独移动一个权重（其余权重保持比例）：当前第 1 名在什么范围内保持第 1，越过两端时由哪个技术栈取代。',
    current: '当前第 1：{name}',
    exact: '精确：每个区间的端点都由解析式求得，而非采样。',
    approximate: '近似：区间端点通过采样求得。',
    computing: '计算中…',
    unavailable: '此目录无法进行稳定性分析：{reason}',
    empty: '没有参与排名的技术栈，因此无从检验第 1 名。',
    intervalsHeading: '逐个权重看第 1 名的稳定范围',
    intervalsCaption: '各权重下当前第 1 名保持第 1 的区间，以及越界后的取代者',
    weight: '权重',
    now: '当前',
    from: '第 1 名保持自',
    to: '至',
    below: '低于下限时取代者',
    above: '高于上限时取代者',
    nobodyBelow: '无，直到 0',
    nobodyAbove: '无，直到 {max}',
    nearest: '最近',
    sweepHeading: '{dimension}从 0 扫描到 {max} 时前 5 名的得分',
    sweepSelect: '扫描的权重',
    sweepIntro: '其余权重保持不变，因此比例不变；虚线标出该权重的当前值。',
    sweepExact:
      '精确：在 {points} 个点上计算得分；加权和与加权积对该权重的占比单调，因此能找到每个交叉点（误差远小于 0.01）。',
    sweepSampled:
      '采样：在 {points} 个点上计算得分；TOPSIS 的曲线可能在两个采样点之间交叉两次，因此可能漏掉交叉点。',
    showTable: '以表格显示',
    showChart: '以图表显示',
    legend: '图中的曲线',
    rank: '第 {rank} 名',
    taker: '越过端点后成为第 1：',
    nowLine: '{dimension}当前值（{value}）',
    crossingMark: '交叉点（编号同下）',
    xLabel: '{dimension}权重',
    yLabel: '得分（0–100）',
    crossingsHeading: '曲线交叉处',
    crossing: '{at}（占比 {share}%）处：{b} 超过 {a}，两者均为 {score} 分。',
    noCrossings: '在 0 到 {max} 之间这些曲线没有交叉。',
    scoresCaption: '{dimension}每隔 0.5 时前 5 名的得分（0–100）',
    stack: '技术栈',
    summary:
      '{dimension}从 0 扫描到 {max}（当前 {value}）时前 {count} 名技术栈的得分：{crossings} 个交叉点。',
    summaryExtra:
      '{dimension}从 0 扫描到 {max}（当前 {value}）时前 {count} 名技术栈及 {extra} 个越过端点后成为第 1 的技术栈的得分：{crossings} 个交叉点。',
    tipTitle: '{dimension}为 {value}',
    sweepUnavailable: '此目录无法进行权重扫描：{reason}',
    undrawnAbove: '未绘出：{name} 在高于 {at} 时成为第 1，但目前不在前 5 名，图中没有它的曲线。',
    undrawnBelow: '未绘出：{name} 在低于 {at} 时成为第 1，但目前不在前 5 名，图中没有它的曲线。',
  },
});

export type SensitivityText = (typeof sensitivityMessages)['en'];
