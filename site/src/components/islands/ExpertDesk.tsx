// The expert's area (/expert/): the emailed link signs in (its token after `#`, cleared from the
// address at once and sent in a POST body), the desk lists the expert's own projects, `?project=`
// opens one with its application and the scoring form (the back button returns to the list). What
// changed is said in one polite live region; focus moves to the heading of what replaced the view.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiFailure } from '../../lib/api.ts';
import {
  deskHref,
  scoringPhase,
  scoringWindowText,
  selectedReference,
  tokenFromHash,
  type ExpertDesk as DeskData,
  type ExpertProject as ProjectData,
} from '../../lib/expert-desk.ts';
import { expertsClient } from '../../lib/experts-client.ts';
import DeskLink from './DeskLink.tsx';
import ExpertProject from './ExpertProject.tsx';
import ExpertProjectList from './ExpertProjectList.tsx';
import ExpertSignIn from './ExpertSignIn.tsx';

interface Props {
  /** Topic titles by slug: the application names its topic by slug. */
  topics: Array<{ slug: string; title: string }>;
  /** The round's time zone, to tell «not yet open» from «closed». */
  timeZone: string;
}

type View =
  | { state: 'starting' }
  | { state: 'signing-in' }
  | { state: 'loading' }
  | { state: 'signed-out'; message: string; badLink: boolean }
  | { state: 'error'; message: string }
  | { state: 'desk'; desk: DeskData };

/** Where focus goes after the next render: a heading (or notice) of the new view, or the link of a project. */
type FocusTarget = { kind: 'heading'; id: string } | { kind: 'project-link'; reference: string } | null;

const client = expertsClient();

// Long on purpose: the sign-in, the view, the URL history and the focus are one state machine whose handlers share its state.
export default function ExpertDesk({ topics, timeZone }: Props) {
  const [view, setView] = useState<View>({ state: 'starting' });
  const [reference, setReference] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const focusTarget = useRef<FocusTarget>(null);
  const referenceRef = useRef<string | null>(null);
  const baseTitle = useRef('');
  useEffect(() => {
    referenceRef.current = reference;
  }, [reference]);

  const announce = (text: string) => {
    // Cleared first, so that the same sentence twice is read twice.
    setAnnouncement('');
    window.setTimeout(() => setAnnouncement(text), 50);
  };

  // On the page's first view focus stays where the browser put it; later views take it.
  const signOut = useCallback((message: string, badLink = false, moveFocus = true) => {
    setView({ state: 'signed-out', message, badLink });
    if (moveFocus) focusTarget.current = { kind: 'heading', id: 'expert-sign-in-heading' };
    if (message) announce(message);
  }, []);

  const loadDesk = useCallback(
    async (greeting: string, moveFocus: boolean) => {
      setView({ state: 'loading' });
      const result = await client.desk();
      if (result.ok) {
        setView({ state: 'desk', desk: result.data });
        if (moveFocus) focusTarget.current = { kind: 'heading', id: selectedReference(window.location.search) ? 'expert-project-title' : 'expert-desk-heading' };
        announce(greeting || 'Кабинет эксперта загружен.');
        return;
      }
      if (result.error.status === 401) return signOut(greeting ? result.error.message : '', false, moveFocus);
      setView({ state: 'error', message: result.error.message });
      announce(result.error.message);
    },
    [signOut],
  );

  /** Signs in with the token after `#`, if there is one, then shows the desk (or the sign-in form). */
  const start = useCallback(
    async (moveFocus: boolean) => {
      const token = tokenFromHash(window.location.hash);
      // The token never stays in the address bar, the history or a bookmark.
      if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
      if (!token) return loadDesk('', moveFocus);
      setView({ state: 'signing-in' });
      const result = await client.signIn(token);
      if (!result.ok) return signOut(result.error.message, true, moveFocus);
      await loadDesk(`Вы вошли в кабинет эксперта, ${result.data.name}.`, moveFocus);
    },
    [loadDesk, signOut],
  );

  useEffect(() => {
    baseTitle.current = document.title;
    setReference(selectedReference(window.location.search));
    void start(false);
    // A link pasted into a tab that already shows the page changes only the hash.
    const onHashChange = () => {
      if (tokenFromHash(window.location.hash)) void start(true);
    };
    // The back and forward buttons move between the list and a project.
    const onPopState = () => {
      const next = selectedReference(window.location.search);
      const previous = referenceRef.current;
      focusTarget.current = next ? { kind: 'heading', id: 'expert-project-title' } : previous ? { kind: 'project-link', reference: previous } : null;
      setReference(next);
    };
    window.addEventListener('popstate', onPopState);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [start]);

  // Focus follows the view, once it is on the page.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const element =
      target.kind === 'heading'
        ? document.getElementById(target.id)
        : document.querySelector<HTMLElement>(`[data-expert-project="${CSS.escape(target.reference)}"]`);
    if (!element) return;
    focusTarget.current = null;
    element.focus();
  });

  const desk = view.state === 'desk' ? view.desk : null;
  const project = desk && reference ? (desk.projects.find((p) => p.reference === reference) ?? null) : null;

  useEffect(() => {
    if (!baseTitle.current) return;
    document.title = project ? `${project.title} — ${baseTitle.current}` : baseTitle.current;
  }, [project]);

  const open = (next: string | null) => {
    const previous = reference;
    window.history.pushState(null, '', deskHref(window.location.pathname, next));
    focusTarget.current = next ? { kind: 'heading', id: 'expert-project-title' } : previous ? { kind: 'project-link', reference: previous } : null;
    setReference(next);
  };

  const updateProject = (ref: string, change: Partial<ProjectData>) =>
    setView((v) => (v.state === 'desk' ? { ...v, desk: { ...v.desk, projects: v.desk.projects.map((p) => (p.reference === ref ? { ...p, ...change } : p)) } } : v));

  const onFailure = (error: ApiFailure): boolean => {
    if (error.status !== 401) return false;
    window.history.replaceState(null, '', deskHref(window.location.pathname, null));
    setReference(null);
    signOut(error.message);
    return true;
  };

  const logout = async () => {
    const result = await client.logout();
    if (!result.ok && result.error.status !== 401) return announce(result.error.message);
    window.history.replaceState(null, '', deskHref(window.location.pathname, null));
    setReference(null);
    signOut('Вы вышли из кабинета эксперта.');
  };

  return (
    <div className="expert-area" data-expert-state={view.state}>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {(view.state === 'starting' || view.state === 'loading') && <p>Загружаем кабинет эксперта…</p>}
      {view.state === 'signing-in' && <p>Проверяем ссылку для входа…</p>}
      {view.state === 'error' && (
        <div className="notice-box notice-box--error" data-expert-error>
          <p>{view.message}</p>
          <p>
            <button type="button" className="button" onClick={() => void loadDesk('', true)}>
              Попробовать ещё раз
            </button>
          </p>
        </div>
      )}
      {view.state === 'signed-out' && <ExpertSignIn client={client} initialMessage={view.message} badLink={view.badLink} />}
      {desk && (
        <section className="expert-desk" aria-labelledby="expert-desk-heading" data-expert-desk data-scoring-open={desk.scoringOpen}>
          <div className="expert-desk-head">
            <h2 id="expert-desk-heading" tabIndex={-1}>
              Здравствуйте, {desk.name}
            </h2>
            <button type="button" className="button button--ghost" data-expert-logout onClick={() => void logout()}>
              Выйти
            </button>
          </div>
          <DeskWindow desk={desk} timeZone={timeZone} />
          {reference === null ? (
            <ExpertProjectList desk={desk} onOpen={open} />
          ) : project ? (
            <ExpertProject
              key={project.reference}
              desk={desk}
              project={project}
              topics={topics}
              client={client}
              onNavigate={open}
              onChange={(change) => updateProject(project.reference, change)}
              onScoringClosed={() => setView((v) => (v.state === 'desk' ? { ...v, desk: { ...v.desk, scoringOpen: false } } : v))}
              onFailure={onFailure}
              announce={announce}
              focusAfterRender={(id) => (focusTarget.current = { kind: 'heading', id })}
            />
          ) : (
            <NotAssigned onNavigate={open} />
          )}
        </section>
      )}
    </div>
  );
}

function DeskWindow({ desk, timeZone }: { desk: DeskData; timeZone: string }) {
  const phase = scoringPhase(desk, new Date(), timeZone);
  return (
    <p className={`notice-box scoring-window${phase === 'open' ? '' : ' scoring-window--closed'}`} data-scoring-window={phase}>
      {scoringWindowText(desk, phase)}
    </p>
  );
}

function NotAssigned({ onNavigate }: { onNavigate: (reference: string | null) => void }) {
  return (
    <div className="notice-box notice-box--error" data-not-assigned>
      <h2 id="expert-project-title" tabIndex={-1}>
        Этот проект вам не назначен.
      </h2>
      <p>Проверьте ссылку или выберите проект из своего списка.</p>
      <p>
        <DeskLink reference={null} onNavigate={onNavigate}>
          ← Все назначенные проекты
        </DeskLink>
      </p>
    </div>
  );
}
