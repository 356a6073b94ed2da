// The expert's assigned projects: each a link to its application and scoring form, with the state
// of the review and, once saved, its total.
import { assignmentSummary, reviewStatusBadge, reviewStatusLabels, reviewTotalText, type ExpertDesk } from '../../lib/expert-desk.ts';
import DeskLink from './DeskLink.tsx';

interface Props {
  desk: ExpertDesk;
  onOpen: (reference: string) => void;
}

export default function ExpertProjectList({ desk, onOpen }: Props) {
  return (
    <div className="expert-projects">
      <h2 id="expert-projects-heading">{desk.year ? `Проекты отбора ${desk.year} года` : 'Проекты'}</h2>
      <p data-expert-summary>{assignmentSummary(desk.projects)}</p>
      {desk.projects.length > 0 && (
        <ul className="expert-project-list" aria-labelledby="expert-projects-heading">
          {desk.projects.map((p) => (
            <li key={p.reference} className="expert-project-item" data-status={p.status}>
              <h3 className="expert-project-name">
                <DeskLink reference={p.reference} onNavigate={(ref) => ref && onOpen(ref)} projectHook>
                  {p.title}
                </DeskLink>
              </h3>
              <p className="card-meta">
                {[p.city, p.region].filter(Boolean).join(', ')} · Заявка № {p.reference}
              </p>
              <p className="expert-project-state">
                <span className="badge" data-state={reviewStatusBadge[p.status]} data-review-status={p.status}>
                  {reviewStatusLabels[p.status]}
                </span>
                {p.status === 'submitted' && p.total !== null && <span className="expert-total"> {reviewTotalText(p.total)}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
