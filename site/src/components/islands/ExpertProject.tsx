// One assigned project on the expert's desk: the application, the scoring form and the declaration
// of a conflict of interest. After a declared conflict the project stays in the list, closed.
import { useState } from 'react';
import { applicationView } from '../../lib/expert-application.ts';
import { conflictDeclaredMessage, reviewStatusBadge, reviewStatusLabels, type ExpertDesk, type ExpertProject as ProjectData } from '../../lib/expert-desk.ts';
import type { ProjectActions } from '../../lib/expert-actions.ts';
import ConflictForm from './ConflictForm.tsx';
import DeskLink from './DeskLink.tsx';
import ExpertApplication from './ExpertApplication.tsx';
import ReviewForm from './ReviewForm.tsx';

interface Props extends ProjectActions {
  desk: ExpertDesk;
  project: ProjectData;
  topics: Array<{ slug: string; title: string }>;
  onNavigate: (reference: string | null) => void;
}

export default function ExpertProject(props: Props) {
  const { desk, project } = props;
  const [conflictNote, setConflictNote] = useState('');
  const app = applicationView(project.application, props.topics);

  return (
    <article className="expert-project" aria-labelledby="expert-project-title" data-expert-project-view={project.reference}>
      <p>
        <DeskLink reference={null} onNavigate={props.onNavigate}>
          ← Все назначенные проекты
        </DeskLink>
      </p>
      <p className="eyebrow">Заявка № {project.reference}</p>
      <h2 id="expert-project-title" tabIndex={-1}>
        {project.title}
      </h2>
      <p>
        <span className="badge" data-state={reviewStatusBadge[project.status]} data-review-status={project.status}>
          {reviewStatusLabels[project.status]}
        </span>
      </p>
      <dl className="facts">
        {project.city && (
          <>
            <dt>Город</dt>
            <dd>{project.city}</dd>
          </>
        )}
        {project.region && (
          <>
            <dt>Регион</dt>
            <dd>{project.region}</dd>
          </>
        )}
        {app.topic && (
          <>
            <dt>Тематика</dt>
            <dd>{app.topic}</dd>
          </>
        )}
      </dl>

      <ExpertApplication app={app} />

      {project.status === 'conflict' ? (
        <div className="notice-box" data-conflict-declared tabIndex={-1} id="expert-conflict-declared">
          <p>{conflictNote || 'Вы заявили конфликт интересов по этому проекту: он передан другому эксперту, оценивать его не нужно.'}</p>
        </div>
      ) : (
        <>
          <ReviewForm {...props} />
          {desk.scoringOpen && (
            <ConflictForm
              {...props}
              onDeclared={(reassigned) => {
                const message = conflictDeclaredMessage(reassigned);
                setConflictNote(message);
                props.onChange({ status: 'conflict' });
                props.announce(message);
                props.focusAfterRender('expert-conflict-declared');
              }}
            />
          )}
        </>
      )}
    </article>
  );
}
