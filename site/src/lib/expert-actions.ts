// What the expert's desk hands each assigned project's forms (ExpertProject → ReviewForm,
// ConflictForm): the client and the desk's callbacks. Here, below the islands, so that they import
// it downwards instead of from each other.
import type { ApiFailure } from './api.ts';
import type { ExpertProject } from './expert-desk.ts';
import type { ExpertsClient } from './experts-client.ts';

export interface ProjectActions {
  client: ExpertsClient;
  onChange: (change: Partial<ExpertProject>) => void;
  onScoringClosed: () => void;
  /** Handles a failure that ends the session (401); false for any other. */
  onFailure: (error: ApiFailure) => boolean;
  announce: (text: string) => void;
  /** Moves focus to the element with this id once the desk has re-rendered. */
  focusAfterRender: (id: string) => void;
}
