// The application as an expert reads it on the desk. The CMS passes the team's application as it was
// submitted (schema/src/application.ts) minus the leader's contacts; the answer comes from the
// network, so every part is read on its own and a missing or malformed part is left out rather
// than breaking the page. A flat variant (budgetTotal, budgetItems, indicators, cv) is read too.
import { BUDGET_ITEM_SOURCE_LABELS, BUDGET_ITEM_SOURCES } from '@portal/schema';

export interface ApplicationIndicator {
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
}

export interface ApplicationView {
  /** The topic's title (its slug when the build does not know it), or null. */
  topic: string | null;
  description: string;
  problem: string;
  effect: string;
  indicators: ApplicationIndicator[];
  audience: string;
  budgetTotal: number | null;
  budgetItems: Array<{ item: string; amount: number | null; source: string }>;
  team: Array<{ name: string; role: string; competences: string }>;
  /** Only web addresses become links. */
  videoUrl: string | null;
  cv: { education: string; experience: string; achievements: string; profileUrl: string | null } | null;
}

type Loose = Record<string, unknown>;

const record = (value: unknown): Loose => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {});
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const amount = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.map(record) : []);
const webUrl = (value: unknown): string | null => {
  const url = text(value);
  return /^https?:\/\//i.test(url) ? url : null;
};

function sourceLabel(source: unknown): string {
  return (BUDGET_ITEM_SOURCES as readonly unknown[]).includes(source) ? BUDGET_ITEM_SOURCE_LABELS[source as (typeof BUDGET_ITEM_SOURCES)[number]] : text(source);
}

export function applicationView(raw: unknown, topics: ReadonlyArray<{ slug: string; title: string }> = []): ApplicationView {
  const app = record(raw);
  const effect = app.effect;
  const budget = record(app.budget);
  const topicSlug = typeof app.topic === 'string' ? app.topic.trim() : text(record(app.topic).slug);
  const cv = record(app.leaderCv ?? app.cv);
  const cvView = { education: text(cv.education), experience: text(cv.experience), achievements: text(cv.achievements), profileUrl: webUrl(cv.profileUrl) };

  return {
    topic: topics.find((t) => t.slug === topicSlug)?.title ?? (text(record(app.topic).title) || topicSlug || null),
    description: text(app.description),
    problem: text(app.problem),
    effect: typeof effect === 'string' ? effect.trim() : text(record(effect).text),
    indicators: list(typeof effect === 'string' || !effect ? app.indicators : record(effect).indicators)
      .map((i) => ({ name: text(i.name), unit: text(i.unit), baseline: amount(i.baseline), target: amount(i.target) }))
      .filter((i) => i.name),
    audience: text(app.audience),
    budgetTotal: amount(budget.total ?? app.budgetTotal),
    budgetItems: list(budget.items ?? app.budgetItems)
      .map((i) => ({ item: text(i.item), amount: amount(i.amount), source: sourceLabel(i.source) }))
      .filter((i) => i.item),
    team: list(app.team)
      .map((m) => ({ name: text(m.name), role: text(m.role), competences: text(m.competences) }))
      .filter((m) => m.name),
    videoUrl: webUrl(app.videoUrl),
    cv: cvView.education || cvView.experience || cvView.achievements || cvView.profileUrl ? cvView : null,
  };
}
