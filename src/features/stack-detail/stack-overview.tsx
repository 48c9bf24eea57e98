import type { ReactNode } from 'react';

import { StatusBadge } from '../../components/status-badge';
import { TechChip } from '../../components/tech-chip';
import { format } from '../../i18n/messages';
import type { StackSection } from '../../store/app-store';
import type { DetailText } from './messages';
import { JumpLink } from './section-nav';
import { layerHeadingId, sectionHeadingId } from './sections';
import type { StackDetail } from './to-stack-detail';

interface OverviewProps {
  detail: StackDetail;
  m: DetailText;
  onJump: (headingId: string) => void;
}

/**
 * The top of the drawer ("Details" opens here): the verdicts, each linking to the section
 * behind it, and the stack's layers with what each technology is, linking to its facts.
 */
export function StackOverview({ detail, m, onJump }: OverviewProps) {
  const verdicts: { section: StackSection; badge: ReactNode; count: string }[] = [
    {
      section: 'fit',
      badge: <StatusBadge status={detail.fit.status} label={m[detail.fit.status]} />,
      count: format(m.checkCount, { n: detail.fit.checks.length }),
    },
    {
      section: 'compatibility',
      badge: (
        <StatusBadge status={detail.compatibility.status} label={m[detail.compatibility.status]} />
      ),
      count: format(m.ruleCount, { n: detail.compatibility.reasons.length }),
    },
    { section: 'cases', badge: null, count: format(m.caseCount, { n: detail.cases.length }) },
  ];
  return (
    <>
      <dl className="overview-verdicts">
        {verdicts.map((v) => (
          <div key={v.section}>
            <dt>
              <JumpLink headingId={sectionHeadingId(v.section)} onJump={onJump}>
                {m[v.section]}
              </JumpLink>
            </dt>
            <dd>
              {v.badge}
              <span className="num">{v.count}</span>
            </dd>
          </div>
        ))}
      </dl>
      <h4 className="detail-subheading">{m.layers}</h4>
      <ul className="overview-layers">
        {detail.layers.map((l, i) => (
          <li key={l.layer}>
            <span className="layer-name">{l.layerName}</span>
            <span className="overview-tech">
              <TechChip layer={l.layer} index={i} name={l.technology} />
            </span>
            <span className="overview-summary">{l.summary}</span>
            <JumpLink
              headingId={layerHeadingId(l.layer)}
              onJump={onJump}
              label={format(m.factsOf, { technology: l.technology })}
              className="overview-facts-link"
            >
              {m.factsLink}
            </JumpLink>
          </li>
        ))}
      </ul>
    </>
  );
}
