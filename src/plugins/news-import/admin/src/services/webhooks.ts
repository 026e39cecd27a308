/**
 * Strapi's own webhook routes (`/admin/webhooks`), for the `news-import.links-changed` event. The
 * webhook store accepts the event (the plugin registers it at bootstrap), but the admin's webhook
 * form lists only Strapi's built-in events and offers no way to add a row; this page is how an
 * admin selects it. The routes keep their own RBAC (`admin::webhooks.*`).
 */
import { useMemo } from 'react';

import { useFetchClient } from '@strapi/strapi/admin';

export const LINKS_CHANGED = 'news-import.links-changed';

export type Webhook = {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
};

export const useWebhooksApi = () => {
  const { get, post, put } = useFetchClient();
  return useMemo(
    () => ({
      list: async () => (await get<{ data: Webhook[] }>('/admin/webhooks')).data.data,
      create: async ({ name, url }: { name: string; url: string }) =>
        (await post<{ data: Webhook }>('/admin/webhooks', { name, url, headers: {}, events: [LINKS_CHANGED] })).data.data,
      /** Adds or removes the event, leaving the webhook's other events and settings as they are. */
      subscribe: async ({ id, name, url, headers, events, isEnabled }: Webhook, on: boolean) => {
        const others = events.filter((event) => event !== LINKS_CHANGED);
        const body = { name, url, headers, isEnabled, events: on ? [...others, LINKS_CHANGED] : others };
        return (await put<{ data: Webhook }>(`/admin/webhooks/${id}`, body)).data.data;
      },
    }),
    [get, post, put]
  );
};
