/**
 * The admin's "regenerate" button on a UID field asks the content-manager's uid service, which
 * transliterates Arabic (`الرئيس` -> `alryys`). For articles and officials it proposes the same
 * locale-aware slug the API would give instead.
 */
import { baseSlug, SLUG_SOURCES } from '../../app/slugs';

export default (plugin: any) => {
  const createUidService = plugin.services.uid;

  plugin.services.uid = (deps: any) => {
    const service = createUidService(deps);
    return {
      ...service,
      async generateUIDField(args: { contentTypeUID: string; field: string; data: any; locale?: string }) {
        const source = SLUG_SOURCES[args.contentTypeUID as keyof typeof SLUG_SOURCES];
        const text = source ? args.data?.[source] : undefined;
        if (args.field !== 'slug' || typeof text !== 'string' || text.trim() === '') {
          return service.generateUIDField.call(this, args);
        }
        return this.findUniqueUID({
          contentTypeUID: args.contentTypeUID,
          field: args.field,
          value: baseSlug(args.contentTypeUID, text, args.locale),
          locale: args.locale,
        });
      },
    };
  };

  return plugin;
};
