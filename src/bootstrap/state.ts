/**
 * What first boot has already done, kept in Strapi's core store. Each step runs once: an admin who
 * later revokes public read or changes the default locale is not overruled on the next restart.
 */
import type { Core } from '@strapi/strapi';

export type BootState = {
  locales?: boolean;
  publicRead?: boolean;
  gazetteerHash?: string;
  sampleStories?: boolean;
  adminViews?: boolean;
  adminRoles?: boolean;
};

const KEY = 'first-boot';

const store = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'newsroom' });

export const readBootState = async (strapi: Core.Strapi): Promise<BootState> =>
  ((await store(strapi).get({ key: KEY })) as BootState | null) ?? {};

export const writeBootState = async (strapi: Core.Strapi, patch: BootState): Promise<void> => {
  const current = await readBootState(strapi);
  await store(strapi).set({ key: KEY, value: { ...current, ...patch } });
};
