import type { Core } from '@strapi/strapi';
import { publicPermissionActions } from '../public-types';

const PERMISSION = 'plugin::users-permissions.permission';
const ROLE = 'plugin::users-permissions.role';

/**
 * Enforced at every start: the public role may read the public types and nothing else.
 * Missing read permissions are granted; any other permission (create/update/delete on a public
 * type, anything on a private type, uploads, users…) is revoked, whoever granted it. That includes
 * the end-user sign-up/sign-in endpoints users-permissions grants by default
 * (`plugin::users-permissions.auth.*`): the portal has no end-user accounts in Strapi; applications
 * and votes reach it through the portal's functions with an API token.
 */
export async function enforcePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query(ROLE).findOne({ where: { type: 'public' } });
  if (!role) throw new Error('users-permissions: the public role does not exist');

  const wanted = new Set(publicPermissionActions());
  const current: Array<{ id: number; action: string }> = await strapi.db
    .query(PERMISSION)
    .findMany({ where: { role: role.id }, select: ['id', 'action'] });

  const revoked: string[] = [];
  const present = new Set<string>();
  for (const permission of current) {
    if (wanted.has(permission.action) && !present.has(permission.action)) {
      present.add(permission.action);
    } else {
      await strapi.db.query(PERMISSION).delete({ where: { id: permission.id } });
      revoked.push(permission.action);
    }
  }
  const granted: string[] = [];
  for (const action of wanted) {
    if (present.has(action)) continue;
    await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    granted.push(action);
  }
  strapi.log.info(
    `permissions: public role reads ${wanted.size} actions` +
      (granted.length ? `; granted ${granted.join(', ')}` : '') +
      (revoked.length ? `; revoked ${revoked.join(', ')}` : ''),
  );
}
