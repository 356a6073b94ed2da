// The application form's state as the person types it (every value a string, rows with stable ids),
// its conversion to the ApplicationInput the shared schema validates, and its keeping in the browser
// (localStorage) so that an application can be filled in over several sittings.
import { BUDGET_ITEM_SOURCES, type ApplicationInput } from '@portal/schema';

export type BudgetSource = (typeof BUDGET_ITEM_SOURCES)[number];

export interface IndicatorDraft {
  uid: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
}

export interface BudgetItemDraft {
  uid: string;
  item: string;
  amount: string;
  source: BudgetSource | '';
}

export interface TeamMemberDraft {
  uid: string;
  name: string;
  role: string;
  competences: string;
}

export interface ApplicationDraft {
  title: string;
  topic: string;
  city: string;
  region: string;
  description: string;
  problem: string;
  effectText: string;
  indicators: IndicatorDraft[];
  budgetTotal: string;
  budgetItems: BudgetItemDraft[];
  audience: string;
  videoUrl: string;
  cvEducation: string;
  cvExperience: string;
  cvAchievements: string;
  cvProfileUrl: string;
  team: TeamMemberDraft[];
  email: string;
  phone: string;
  consent: boolean;
}

/** What localStorage keeps: the draft and the idempotency key that goes with it. */
export interface StoredDraft {
  version: 1;
  savedAt: string;
  idempotencyKey: string;
  draft: ApplicationDraft;
}

export const DRAFT_STORAGE_KEY = 'portal:application-draft';

let uidCounter = 0;
/** A row id for React keys; unique within a page, which is all a key needs. */
export function rowUid(): string {
  uidCounter += 1;
  return `r${Date.now().toString(36)}${uidCounter}`;
}

export const emptyIndicator = (): IndicatorDraft => ({ uid: rowUid(), name: '', unit: '', baseline: '', target: '' });
export const emptyBudgetItem = (): BudgetItemDraft => ({ uid: rowUid(), item: '', amount: '', source: '' });
export const emptyTeamMember = (): TeamMemberDraft => ({ uid: rowUid(), name: '', role: '', competences: '' });

export function emptyDraft(): ApplicationDraft {
  return {
    title: '',
    topic: '',
    city: '',
    region: '',
    description: '',
    problem: '',
    effectText: '',
    indicators: [emptyIndicator()],
    budgetTotal: '',
    budgetItems: [emptyBudgetItem()],
    audience: '',
    videoUrl: '',
    cvEducation: '',
    cvExperience: '',
    cvAchievements: '',
    cvProfileUrl: '',
    team: [emptyTeamMember()],
    email: '',
    phone: '',
    consent: false,
  };
}

/**
 * A typed number («4 500 000», «12,5») as a number; an empty field as undefined and anything else
 * as the text itself, so that the schema answers with its own message («укажите число»).
 */
export function parseNumber(value: string): number | string | undefined {
  const compact = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return undefined;
  const n = Number(compact);
  return Number.isFinite(n) ? n : value;
}

/** The sum of the line items that hold a number; what the form shows beside the total. */
export function budgetSum(items: readonly Pick<BudgetItemDraft, 'amount'>[]): number {
  return items.reduce((sum, item) => {
    const n = parseNumber(item.amount);
    return typeof n === 'number' ? sum + n : sum;
  }, 0);
}

/** The draft as the body the schema and the function expect (without the honeypot). */
export function toApplicationInput(draft: ApplicationDraft): ApplicationInput {
  // Values that are not yet numbers go through as typed: the schema rejects them with its message.
  const input = {
    title: draft.title,
    topic: draft.topic,
    city: draft.city,
    region: draft.region,
    description: draft.description,
    problem: draft.problem,
    effect: {
      text: draft.effectText,
      indicators: draft.indicators.map((i) => ({ name: i.name, unit: i.unit, baseline: parseNumber(i.baseline), target: parseNumber(i.target) })),
    },
    budget: {
      total: parseNumber(draft.budgetTotal),
      items: draft.budgetItems.map((i) => ({ item: i.item, amount: parseNumber(i.amount), source: i.source })),
    },
    audience: draft.audience,
    videoUrl: draft.videoUrl.trim(),
    leaderCv: {
      education: draft.cvEducation,
      experience: draft.cvExperience,
      achievements: draft.cvAchievements,
      profileUrl: draft.cvProfileUrl.trim(),
    },
    team: draft.team.map((m) => ({ name: m.name, role: m.role, competences: m.competences })),
    contacts: { email: draft.email, phone: draft.phone },
    consent: draft.consent,
  };
  return input as unknown as ApplicationInput;
}

/** A fresh Idempotency-Key (16–100 of [A-Za-z0-9_-]): one per draft, kept with it. */
export function newIdempotencyKey(random: () => string = randomHex): string {
  return `${random().replace(/-/g, '')}_${Date.now().toString(36)}`;
}

/** 32 random hex digits (crypto.randomUUID needs a secure context; getRandomValues does not). */
function randomHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const isString = (v: unknown): v is string => typeof v === 'string';
const strings = (o: Record<string, unknown>, keys: readonly string[]) => keys.every((k) => isString(o[k]));

/** Rows of a stored draft, kept only when every field is a string (a hand-edited or old draft is dropped). */
function rows<T extends { uid: string }>(value: unknown, keys: readonly string[], fresh: () => T): T[] | null {
  if (!Array.isArray(value)) return null;
  const out: T[] = [];
  for (const row of value) {
    if (!row || typeof row !== 'object' || !strings(row as Record<string, unknown>, keys)) return null;
    out.push({ ...fresh(), ...(row as object), uid: rowUid() } as T);
  }
  return out;
}

const TEXT_KEYS = [
  'title', 'topic', 'city', 'region', 'description', 'problem', 'effectText', 'budgetTotal', 'audience', 'videoUrl',
  'cvEducation', 'cvExperience', 'cvAchievements', 'cvProfileUrl', 'email', 'phone',
] as const;

/** A stored draft read back, or null when there is none or it is not one this form wrote. */
export function parseStoredDraft(raw: string | null): StoredDraft | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const stored = value as Record<string, unknown>;
  if (stored.version !== 1 || !isString(stored.idempotencyKey) || !/^[A-Za-z0-9_-]{16,100}$/.test(stored.idempotencyKey)) return null;
  const d = stored.draft as Record<string, unknown> | undefined;
  if (!d || typeof d !== 'object' || !strings(d, TEXT_KEYS) || typeof d.consent !== 'boolean') return null;
  const indicators = rows(d.indicators, ['name', 'unit', 'baseline', 'target'], emptyIndicator);
  const budgetItems = rows(d.budgetItems, ['item', 'amount', 'source'], emptyBudgetItem);
  const team = rows(d.team, ['name', 'role', 'competences'], emptyTeamMember);
  if (!indicators || !budgetItems || !team) return null;
  const draft = { ...emptyDraft() };
  for (const key of TEXT_KEYS) draft[key] = d[key] as string;
  draft.consent = d.consent;
  draft.indicators = indicators;
  draft.budgetItems = budgetItems.map((i) => ({ ...i, source: (BUDGET_ITEM_SOURCES as readonly string[]).includes(i.source) ? i.source : '' }));
  draft.team = team.length > 0 ? team : [emptyTeamMember()];
  return { version: 1, savedAt: isString(stored.savedAt) ? stored.savedAt : '', idempotencyKey: stored.idempotencyKey, draft };
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function loadDraft(storage: DraftStorage): StoredDraft | null {
  try {
    return parseStoredDraft(storage.getItem(DRAFT_STORAGE_KEY));
  } catch {
    return null;
  }
}

/** Saves the draft; false when the browser refuses (private mode, full storage). */
export function saveDraft(storage: DraftStorage, draft: ApplicationDraft, idempotencyKey: string, now = new Date()): boolean {
  const stored: StoredDraft = { version: 1, savedAt: now.toISOString(), idempotencyKey, draft };
  try {
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage): void {
  try {
    storage.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/**
 * Every key an error can be shown at, in the order of the form: the fields, and the groups
 * (indicators, budget items, team) whose messages concern the list as a whole.
 */
export function formFieldKeys(draft: Pick<ApplicationDraft, 'indicators' | 'budgetItems' | 'team'>): string[] {
  return [
    'title', 'topic', 'city', 'region', 'description', 'problem', 'effect.text', 'effect.indicators',
    ...draft.indicators.flatMap((_, i) => ['name', 'unit', 'baseline', 'target'].map((f) => `effect.indicators.${i}.${f}`)),
    'budget.total', 'budget.items',
    ...draft.budgetItems.flatMap((_, i) => ['item', 'amount', 'source'].map((f) => `budget.items.${i}.${f}`)),
    'audience', 'videoUrl',
    'leaderCv.education', 'leaderCv.experience', 'leaderCv.achievements', 'leaderCv.profileUrl',
    'team',
    ...draft.team.flatMap((_, i) => ['name', 'role', 'competences'].map((f) => `team.${i}.${f}`)),
    'contacts.email', 'contacts.phone', 'consent',
  ];
}
