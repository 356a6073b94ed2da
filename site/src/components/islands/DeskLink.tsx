// A link inside the expert's desk: a real address (it opens in a new tab, it can be copied), handled
// in place on a plain click so that the desk need not be loaded again.
import type { ReactNode } from 'react';
import { deskHref } from '../../lib/expert-desk.ts';

interface Props {
  /** The project it opens, or null for the list. */
  reference: string | null;
  onNavigate: (reference: string | null) => void;
  children: ReactNode;
  className?: string;
  /** `data-expert-project` on the list's links. */
  projectHook?: boolean;
}

export default function DeskLink({ reference, onNavigate, children, className, projectHook = false }: Props) {
  return (
    <a
      href={deskHref(window.location.pathname, reference)}
      className={className}
      data-expert-project={projectHook && reference ? reference : undefined}
      data-expert-back={reference === null ? true : undefined}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        onNavigate(reference);
      }}
    >
      {children}
    </a>
  );
}
