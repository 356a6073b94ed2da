// The one resident store of the page, shared by every island that imports this module (they are
// bundled into one chunk, so the browser evaluates it once). Created on first use in the browser;
// on the server the islands render the initial state and never start it.
import type { VoteTarget } from '@portal/schema';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createResidentStore, type ResidentStore } from '../../lib/resident-store.ts';
import { countOf, hasVoted, initialResidentModel, targetKey, type ResidentModel } from '../../lib/resident-state.ts';
import { residentsClient } from '../../lib/residents-client.ts';

let store: ResidentStore | null = null;

function residentStore(): ResidentStore {
  store ??= createResidentStore(residentsClient());
  return store;
}

const subscribe = (listener: () => void) => residentStore().subscribe(listener);
const snapshot = () => residentStore().getState();
const serverSnapshot = () => initialResidentModel;

/** The resident's state and the actions on it; the first island to mount loads the session and the counts. */
export function useResident(): { state: ResidentModel; actions: ResidentStore } {
  const state = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  useEffect(() => residentStore().start(), []);
  return { state, actions: residentStore() };
}

/** False in the server's HTML and the first render, true once the island runs: buttons wait for it. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** Re-renders at `timestamps` that lie ahead (a resend allowed, a code expired), so the view follows the clock. */
export function useRenderAt(...timestamps: number[]): void {
  const [, setTick] = useState(0);
  const next = timestamps.filter((t) => t > Date.now()).sort((a, b) => a - b)[0];
  useEffect(() => {
    if (next === undefined) return;
    const timer = setTimeout(() => setTick((n) => n + 1), next - Date.now() + 50);
    return () => clearTimeout(timer);
  }, [next]);
}

/**
 * One vote target on the page (the project or an idea): its count, whether the resident voted, a
 * busy flag, a ref for the vote button that gets the focus back after the store's actions, and a
 * withdraw that keeps the keyboard on that button (the withdraw button goes away with the vote).
 */
export function useVoteTarget(state: ResidentModel, actions: ResidentStore, target: VoteTarget, initialCount: number) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const key = targetKey(target);
  useEffect(() => {
    if (state.focus?.origin === key) buttonRef.current?.focus();
  }, [state.focus, key]);
  return {
    buttonRef,
    key,
    count: countOf(state, target, initialCount),
    voted: hasVoted(state, target),
    busy: state.busy.includes(key),
    withdraw: async () => {
      await actions.withdraw(target);
      buttonRef.current?.focus();
    },
  };
}
