import type { Core } from '@strapi/strapi';
import { config } from '../core/config';

/** Strapi's own rule for admin passwords (the registration form enforces the same). */
function weakPassword(password: string): string | null {
  if (password.length < 8) return 'at least 8 characters';
  if (Buffer.byteLength(password) > 72) return 'at most 72 bytes';
  if (!/[a-z]/.test(password)) return 'a lowercase letter';
  if (!/[A-Z]/.test(password)) return 'an uppercase letter';
  if (!/\d/.test(password)) return 'a digit';
  return null;
}

/**
 * Local convenience: with ADMIN_EMAIL and ADMIN_PASSWORD set and no admin user yet, create the
 * super admin, so a fresh local CMS needs no trip through the registration form. Never touches an
 * existing admin. Without the variables, the first admin registers in the browser as usual.
 */
export async function ensureAdminUser(strapi: Core.Strapi): Promise<void> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_FIRSTNAME: firstname, ADMIN_LASTNAME: lastname } = config();
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  if (await users.exists()) {
    strapi.log.info('admin: an admin user already exists, ADMIN_EMAIL/ADMIN_PASSWORD ignored');
    return;
  }
  const problem = weakPassword(password);
  if (problem) throw new Error(`ADMIN_PASSWORD must contain ${problem} (Strapi's admin password rule)`);

  await users.createFirstAdmin({
    email,
    password,
    firstname,
    lastname,
    // The admin panel opens in Russian for this user (Profile → Interface language).
    preferedLanguage: 'ru',
  });
  strapi.log.info('admin: created the super admin from ADMIN_EMAIL');
}
