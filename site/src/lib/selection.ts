import type { ListItem } from '@portal/schema';
import { pluralWord } from './plural.ts';

const memberForms = { one: 'члена', few: 'членов', many: 'членов' } as const;

/** «До 5 членов в команде проекта», from the round's maxTeamSize. */
export function teamSizeLine(maxTeamSize: number): string {
  return `До ${maxTeamSize} ${pluralWord(maxTeamSize, memberForms)} в команде проекта`;
}

/** A requirement that states the team size in its own words («До 5 членов в команде»). */
function isTeamSizeLine(item: ListItem): boolean {
  return /\d/.test(item.title) && /команд/i.test(item.title);
}

/**
 * The application's requirements with the team-size line written from `maxTeamSize`, so that the
 * number on the page is the one the application form enforces. The line replaces the CMS's own
 * wording of it, or is added at the end when the CMS has none.
 */
export function requirementsWithTeamSize(
  requirements: readonly ListItem[],
  maxTeamSize: number,
): Array<ListItem & { teamSize: boolean }> {
  const line = teamSizeLine(maxTeamSize);
  const items = requirements.map((item) =>
    isTeamSizeLine(item) ? { ...item, title: line, teamSize: true } : { ...item, teamSize: false },
  );
  return items.some((i) => i.teamSize) ? items : [...items, { title: line, note: null, teamSize: true }];
}
