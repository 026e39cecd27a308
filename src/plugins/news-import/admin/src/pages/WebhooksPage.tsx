/**
 * Settings -> Links webhooks: create a webhook for `news-import.links-changed`, or add the event to
 * (or remove it from) an existing webhook. Everything else about a webhook (headers, other events,
 * test deliveries) stays on Strapi's own Webhooks page, which keeps this event when it saves.
 */
import { useCallback, useEffect, useState } from 'react';

import { Badge, Box, Button, Checkbox, Field, Flex, Grid, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';

import { WEBHOOK_PERMISSIONS } from '../permissions';
import { LINKS_CHANGED, useWebhooksApi, type Webhook } from '../services/webhooks';
import { useRun } from '../utils/useRun';
import { useT } from '../utils/useT';

const LinksWebhooks = () => {
  const t = useT();
  const api = useWebhooksApi();
  const { toggleNotification } = useNotification();
  const { busy, run } = useRun();
  const { allowedActions } = useRBAC({ create: WEBHOOK_PERMISSIONS.create, update: WEBHOOK_PERMISSIONS.update });
  const [webhooks, setWebhooks] = useState<Webhook[]>([]);
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');

  const load = useCallback(async () => {
    const found = await run(api.list);
    if (found) setWebhooks(found);
  }, [api, run]);

  useEffect(() => {
    load();
  }, [load]);

  const create = async () => {
    const created = await run(() => api.create({ name: name.trim(), url: url.trim() }));
    if (!created) return;
    toggleNotification({ type: 'success', message: t('webhooks.created', { name: created.name }) });
    setName('');
    setUrl('');
    await load();
  };

  const subscribe = async (webhook: Webhook, on: boolean) => {
    if (!(await run(() => api.subscribe(webhook, on)))) return;
    toggleNotification({
      type: 'success',
      message: t(on ? 'webhooks.subscribed' : 'webhooks.unsubscribed', { name: webhook.name }),
    });
    await load();
  };

  return (
    <Page.Main>
      <Page.Title>{t('webhooks.title')}</Page.Title>
      <Layouts.Header title={t('webhooks.title')} subtitle={t('webhooks.subtitle')} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {allowedActions.canCreate && (
            <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
              <Typography variant="delta" tag="h2">{t('webhooks.create')}</Typography>
              <Grid.Root gap={4} paddingTop={4}>
                <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="name" required>
                    <Field.Label>{t('webhooks.name')}</Field.Label>
                    <TextInput dir="auto" value={name} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setName(event.target.value)} />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="url" required>
                    <Field.Label>{t('webhooks.url')}</Field.Label>
                    <TextInput dir="ltr" type="url" value={url} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setUrl(event.target.value)} />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={3} s={12} alignItems="flex-end">
                  <Button startIcon={<Plus />} onClick={create} loading={busy} disabled={!name.trim() || !url.trim()}>
                    {t('webhooks.create')}
                  </Button>
                </Grid.Item>
              </Grid.Root>
            </Box>
          )}
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Typography variant="delta" tag="h2">{t('webhooks.existing')}</Typography>
              {webhooks.length === 0 ? (
                <Typography>{t('webhooks.none')}</Typography>
              ) : (
                <Table colCount={4} rowCount={webhooks.length + 1}>
                  <Thead>
                    <Tr>
                      <Th><Typography variant="sigma">{t('webhooks.event')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('webhooks.name')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('webhooks.url')}</Typography></Th>
                      <Th><Typography variant="sigma">{t('webhooks.enabled')}</Typography></Th>
                    </Tr>
                  </Thead>
                  <Tbody>
                    {webhooks.map((webhook) => (
                      <Tr key={webhook.id} data-testid="webhook">
                        <Td>
                          <Checkbox
                            aria-label={t('webhooks.subscribe', { name: webhook.name })}
                            checked={webhook.events.includes(LINKS_CHANGED)}
                            disabled={busy || !allowedActions.canUpdate}
                            onCheckedChange={(checked: boolean | 'indeterminate') => subscribe(webhook, checked === true)}
                          />
                        </Td>
                        <Td><Typography dir="auto">{webhook.name}</Typography></Td>
                        <Td><Typography dir="ltr">{webhook.url}</Typography></Td>
                        <Td>
                          <Badge>{webhook.isEnabled ? t('webhooks.enabled') : t('webhooks.disabled')}</Badge>
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              )}
              <Typography variant="pi" textColor="neutral600">{t('webhooks.more')}</Typography>
            </Flex>
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const WebhooksPage = () => (
  <Page.Protect permissions={WEBHOOK_PERMISSIONS.read}>
    <LinksWebhooks />
  </Page.Protect>
);

export default WebhooksPage;
