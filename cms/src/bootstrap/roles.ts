import type { Core } from '@strapi/strapi';

/**
 * The admin panel's roles, one per job, created and kept in sync at every start (like the public
 * role in permissions.ts): a permission added or removed by hand in «Настройки → Роли» is put back
 * as written here. Each role sees only its content types in the content manager and may do only its
 * actions on them; the super administrator keeps everything Strapi gives it.
 */

type Action = 'read' | 'create' | 'update' | 'delete' | 'publish';

interface TypeGrant {
  actions: readonly Action[];
  /** Fields the role may change (`update`/`create`); every field when absent. Reading covers all fields. */
  writable?: readonly string[];
}

export interface PortalRole {
  code: string;
  name: string;
  description: string;
  types: Record<string, TypeGrant>;
  /** Media library: editors upload pictures for pages and practices. */
  media?: boolean;
}

const ALL: readonly Action[] = ['read', 'create', 'update', 'delete', 'publish'];
const ALL_UNPUBLISHED: readonly Action[] = ['read', 'create', 'update', 'delete'];

export const PORTAL_ROLES: readonly PortalRole[] = [
  {
    code: 'portal-editor',
    name: 'Редактор',
    description: 'Страницы программы и платформы, тематики, истории успеха, сборник практик, отборы и модули акселератора.',
    media: true,
    types: {
      'api::programme.programme': { actions: ALL },
      'api::platform.platform': { actions: ALL },
      'api::topic.topic': { actions: ALL },
      'api::success-story.success-story': { actions: ALL },
      'api::best-practice.best-practice': { actions: ALL },
      'api::selection-round.selection-round': { actions: ALL },
      'api::accelerator-module.accelerator-module': { actions: ALL },
    },
  },
  {
    code: 'portal-moderator',
    name: 'Модератор',
    description: 'Доработки жителей, идеи, подозрительная активность в голосовании, модерация заявок и публичные страницы проектов.',
    types: {
      'api::refinement.refinement': { actions: ['read', 'update', 'delete'], writable: ['moderation'] },
      'api::idea.idea': { actions: ALL },
      'api::vote-anomaly.vote-anomaly': { actions: ['read', 'update'], writable: ['review', 'note'] },
      'api::application.application': { actions: ['read', 'update'], writable: ['moderation', 'moderationReason'] },
      'api::project.project': { actions: ['read', 'update', 'publish'] },
    },
  },
  {
    code: 'portal-secretary',
    name: 'Секретарь отбора',
    description: 'Техническая экспертиза заявок, эксперты, жеребьёвка, оценки и итоги отбора.',
    types: {
      'api::application.application': {
        actions: ['read', 'update'],
        writable: ['topicFit', 'topicFitReason', 'completenessDecision', 'completenessReason', 'stage'],
      },
      'api::project.project': { actions: ['read'] },
      'api::expert.expert': { actions: ALL_UNPUBLISHED },
      'api::draw.draw': { actions: ['read', 'create', 'update'] },
      'api::review.review': { actions: ['read'] },
      'api::selection-result.selection-result': { actions: ['read', 'create', 'update'] },
    },
  },
];

const MEDIA_ACTIONS = ['read', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'].map((a) => `plugin::upload.${a}`);

/** Strapi's own lists of an admin permission's fields (`stages.title` for a component's field). */
type FieldLister = (model: unknown, options: { components: unknown }) => string[];

interface AdminPermission {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] };
  conditions?: string[];
}

export function rolePermissions(role: PortalRole, fieldsOf: (uid: string) => string[]): AdminPermission[] {
  const permissions: AdminPermission[] = [];
  for (const [uid, grant] of Object.entries(role.types)) {
    const all = fieldsOf(uid);
    const writable = grant.writable ? all.filter((f) => grant.writable!.some((w) => f === w || f.startsWith(`${w}.`))) : all;
    for (const action of grant.actions) {
      const fields = action === 'read' ? all : action === 'create' || action === 'update' ? writable : undefined;
      permissions.push({
        action: `plugin::content-manager.explorer.${action}`,
        subject: uid,
        properties: fields ? { fields } : {},
        conditions: [],
      });
    }
  }
  if (role.media) for (const action of MEDIA_ACTIONS) permissions.push({ action, subject: null, properties: {}, conditions: [] });
  return permissions;
}

/** Creates the portal's roles when missing and resets their names and permissions to the table above. */
export async function syncAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  const listFields = (strapi.service('admin::content-type')).getNestedFields as FieldLister;
  const fieldsOf = (uid: string) => {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (!model) throw new Error(`roles: no content type ${uid}`);
    return listFields(model, { components: strapi.components });
  };
  const changes: string[] = [];
  for (const role of PORTAL_ROLES) {
    let stored = await roles.findOne({ code: role.code });
    if (!stored) {
      stored = await roles.create({ name: role.name, code: role.code, description: role.description });
      changes.push(`created ${role.name}`);
    } else if (stored.name !== role.name || stored.description !== role.description) {
      await roles.update({ id: stored.id }, { name: role.name, description: role.description });
    }
    // Strapi's own sync: adds what is missing, deletes what is not in the list.
    await roles.assignPermissions(stored.id, rolePermissions(role, fieldsOf));
  }
  const removed = await removeStrapiDefaultRoles(roles);
  if (removed.length) changes.push(`removed Strapi's unused ${removed.join(', ')}`);
  strapi.log.info(`roles: ${PORTAL_ROLES.map((r) => r.name).join(', ')} in sync` + (changes.length ? `; ${changes.join('; ')}` : ''));
}

/**
 * Strapi creates «Editor» and «Author» on a new database, with every content type (applications'
 * contacts included): next to «Редактор» they invite the wrong choice. Removed while nobody holds
 * them; one that somebody holds stays until the super administrator moves that person.
 */
async function removeStrapiDefaultRoles(roles: any): Promise<string[]> {
  const removed: string[] = [];
  for (const code of ['strapi-editor', 'strapi-author']) {
    const role = await roles.findOne({ code });
    if (!role || (await roles.getUsersCount(role.id)) > 0) continue;
    await roles.deleteByIds([role.id]);
    removed.push(role.name);
  }
  return removed;
}

/**
 * The Marketplace is a link to Strapi's plugin shop, of no use to the programme's staff; Strapi shows
 * it to whoever holds `admin::marketplace.read`, which no portal role has and which Strapi's reset of
 * the super administrator's permissions (at every start) is told to leave out.
 */
export function hideMarketplace(strapi: Core.Strapi): void {
  const roles = strapi.service('admin::role');
  roles.hooks.willResetSuperAdminPermissions.register((permissions: AdminPermission[]) =>
    permissions.filter((p) => p.action !== 'admin::marketplace.read'),
  );
}
