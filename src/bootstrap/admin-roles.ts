/**
 * The built-in Editor and Author admin roles, made able to work on the newsroom's content, once.
 *
 * Strapi creates them on first boot with create/read/update per content type but no `locales`
 * property, and no delete or publish. All three types here are localized, and a permission without
 * locales opens no locale: a fresh Editor sees an empty Article list in Arabic and English alike.
 * They get what Strapi's own descriptions of the roles promise, in every locale: Editor manages and
 * publishes all content; Author manages (no publish) what they created (`admin::is-creator`).
 * Done once (see ./state.ts): what an admin later changes in Settings -> Roles is not overruled.
 */
import type { Core } from '@strapi/strapi';

const CONTENT_TYPES = ['api::article.article', 'api::official.official', 'api::related-link.related-link'];
const EXPLORER = 'plugin::content-manager.explorer';
const FIELD_ACTIONS = new Set(['create', 'read', 'update']);

const ROLES = [
  { code: 'strapi-editor', actions: ['create', 'read', 'update', 'delete', 'publish'], conditions: [] as string[] },
  { code: 'strapi-author', actions: ['create', 'read', 'update', 'delete'], conditions: ['admin::is-creator'] },
];

type Permission = { id: number; action: string; subject: string | null; properties?: { fields?: string[] } };

const SYSTEM_FIELDS = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

// The fields Strapi granted, kept; all the type's own fields where it granted none.
const fieldsOf = (strapi: Core.Strapi, uid: string) =>
  Object.keys(strapi.contentType(uid as any).attributes).filter((name) => !SYSTEM_FIELDS.has(name));

export const grantNewsroomRoles = async (strapi: Core.Strapi): Promise<void> => {
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as { code: string }[]).map(({ code }) => code);
  const roleService = strapi.service('admin::role');
  const permissionService = strapi.service('admin::permission');

  for (const { code, actions, conditions } of ROLES) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) continue;
    const existing: Permission[] = await strapi.db.query('admin::permission').findMany({
      where: { role: role.id, subject: { $in: CONTENT_TYPES }, action: { $startsWith: `${EXPLORER}.` } },
    });
    const granted = new Map(existing.map((permission) => [`${permission.action} ${permission.subject}`, permission]));
    if (existing.length > 0) await permissionService.deleteByIds(existing.map((permission) => permission.id));

    await roleService.addPermissions(
      role.id,
      CONTENT_TYPES.flatMap((subject) =>
        actions.map((verb) => {
          const action = `${EXPLORER}.${verb}`;
          const fields = granted.get(`${action} ${subject}`)?.properties?.fields ?? fieldsOf(strapi, subject);
          return {
            action,
            subject,
            properties: FIELD_ACTIONS.has(verb) ? { fields, locales } : { locales },
            conditions,
          };
        })
      )
    );
  }
};
