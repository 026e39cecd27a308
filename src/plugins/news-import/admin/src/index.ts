import { ArticlePanel } from './components/ArticlePanel';
import { PERMISSIONS, WEBHOOK_PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { PluginIcon, ReviewIcon } from './components/PluginIcon';

type TradsModule = { default: Record<string, string> };

const prefixKeys = (trads: Record<string, string>) =>
  Object.fromEntries(Object.entries(trads).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.menu.import`, defaultMessage: 'Import story' },
      permissions: PERMISSIONS.import,
      Component: () => import('./pages/ImportPage'),
    });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-review`,
      icon: ReviewIcon,
      intlLabel: { id: `${PLUGIN_ID}.menu.review`, defaultMessage: 'Review links' },
      permissions: PERMISSIONS.review,
      Component: () => import('./pages/ReviewPage'),
    });
    // Beside Settings -> Webhooks, whose form cannot list a plugin's event.
    app.addSettingsLink('global', {
      id: `${PLUGIN_ID}-webhooks`,
      to: `${PLUGIN_ID}/webhooks`,
      intlLabel: { id: `${PLUGIN_ID}.webhooks.title`, defaultMessage: 'Links webhooks' },
      permissions: WEBHOOK_PERMISSIONS.read,
      Component: () => import('./pages/WebhooksPage'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app: any) {
    const contentManager = app.getPlugin('content-manager')?.apis;
    if (contentManager && typeof contentManager.addEditViewSidePanel === 'function') {
      contentManager.addEditViewSidePanel([ArticlePanel]);
    }
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as TradsModule;
          return { data: prefixKeys(data), locale };
        } catch {
          return { data: {}, locale };
        }
      })
    );
  },
};
