import type { Core } from '@strapi/strapi';

export const PUBLIC_READ_ACTIONS = ['api::article.article', 'api::official.official', 'api::related-link.related-link']
  .flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);

/**
 * Grants the users-permissions `public` role read access to the three content types. Permissions
 * are not content documents, so they go through the query engine, as users-permissions does itself.
 */
export const grantPublicRead = async (strapi: Core.Strapi): Promise<void> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions "public" role is missing.');

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing = await permissions.findMany({
    where: { role: role.id, action: { $in: PUBLIC_READ_ACTIONS } },
    select: ['action'],
  });
  const granted = new Set(existing.map((permission: { action: string }) => permission.action));
  for (const action of PUBLIC_READ_ACTIONS.filter((a) => !granted.has(a))) {
    await permissions.create({ data: { action, role: role.id } });
  }
};
