/**
 * Content Manager view defaults, set once on first boot (see ./state.ts) so that an admin's later
 * changes in "Configure the view" are never overruled:
 * - Article: `sourceHash` hidden (editing it by hand breaks the duplicate check), `sourceText`
 *   read-only (it is the audit copy of what was imported);
 * - Related link: the list shows headline, status, confidence, target, article and position,
 *   sorted by position.
 */
import type { Core } from '@strapi/strapi';

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: { name: string; size: number }[][] };
};

const RELATED_LINK_COLUMNS = ['headline', 'status', 'confidence', 'target', 'article', 'position'];

const configure = async (
  strapi: Core.Strapi,
  uid: string,
  change: (configuration: Configuration) => Configuration
): Promise<void> => {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const contentType = strapi.contentType(uid as any);
  const { settings, metadatas, layouts } = (await contentTypes.findConfiguration(contentType)) as Configuration;
  await contentTypes.updateConfiguration(contentType, change({ settings, metadatas, layouts }));
};

export const setAdminViews = async (strapi: Core.Strapi): Promise<void> => {
  await configure(strapi, 'api::article.article', ({ settings, metadatas, layouts }) => ({
    settings,
    metadatas: {
      ...metadatas,
      sourceHash: { ...metadatas.sourceHash, edit: { ...metadatas.sourceHash?.edit, visible: false } },
      sourceText: { ...metadatas.sourceText, edit: { ...metadatas.sourceText?.edit, editable: false } },
    },
    layouts: {
      list: layouts.list.filter((field) => field !== 'sourceHash' && field !== 'sourceText'),
      edit: layouts.edit
        .map((row) => row.filter((field) => field.name !== 'sourceHash'))
        .filter((row) => row.length > 0),
    },
  }));

  await configure(strapi, 'api::related-link.related-link', ({ settings, metadatas, layouts }) => ({
    settings: { ...settings, mainField: 'headline', defaultSortBy: 'position', defaultSortOrder: 'ASC' },
    metadatas,
    layouts: { ...layouts, list: RELATED_LINK_COLUMNS },
  }));
};
