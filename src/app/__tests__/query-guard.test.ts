import { createFilterValueCheck } from '../content-api/filter-values';
import { createQueryGuard, GRAPHQL_SYNTAX, type ModelInfo } from '../content-api/query-guard';

const ARTICLE = 'api::article.article';
const OFFICIAL = 'api::official.official';
const LINK = 'api::related-link.related-link';

const models: Record<string, ModelInfo> = {
  [ARTICLE]: {
    draftAndPublish: true,
    attributes: {
      title: { type: 'string' },
      officials: { type: 'relation', target: OFFICIAL },
      relatedLinks: { type: 'relation', target: LINK },
      localizations: { type: 'relation', target: ARTICLE },
    },
  },
  [OFFICIAL]: {
    draftAndPublish: false,
    attributes: { name: { type: 'string' }, articles: { type: 'relation', target: ARTICLE } },
  },
  [LINK]: {
    draftAndPublish: false,
    attributes: {
      headline: { type: 'string' },
      position: { type: 'integer' },
      confidence: { type: 'decimal' },
      article: { type: 'relation', target: ARTICLE },
      target: { type: 'relation', target: ARTICLE },
    },
  },
};

const guard = createQueryGuard((uid) => models[uid], { [LINK]: 'article' });
const PUBLISHED = { publishedAt: { $notNull: true } };

describe('the query guard for callers without draft rights', () => {
  it('adds "published" to every relation into articles, at any depth and inside $or', () => {
    const filters = {
      $or: [{ articles: { title: { $startsWith: 'x' } } }, { name: 'y' }],
    };
    expect(guard.guardFilters(OFFICIAL, filters, { and: '$and', or: '$or', not: '$not', notNull: '$notNull' })).toEqual({
      $or: [{ articles: { $and: [{ title: { $startsWith: 'x' } }, PUBLISHED] } }, { name: 'y' }],
    });
    expect(guard.guardRead(ARTICLE, { filters: { relatedLinks: { target: { title: 'x' } } } }).filters).toEqual({
      relatedLinks: { target: { $and: [{ title: 'x' }, PUBLISHED] } },
    });
  });

  it('reads the short form of an id filter as a relation filter', () => {
    expect(guard.guardRead(OFFICIAL, { filters: { articles: 5 } }).filters).toEqual({
      articles: { $and: [{ id: 5 }, PUBLISHED] },
    });
  });

  it('speaks GraphQL filters too', () => {
    expect(guard.guardFilters(LINK, { target: { title: { eq: 'x' } } }, GRAPHQL_SYNTAX)).toEqual({
      target: { and: [{ title: { eq: 'x' } }, { publishedAt: { notNull: true } }] },
    });
  });

  it('pins the status and keeps a related link with its published article', () => {
    const read = guard.guardRead(LINK, { status: 'draft', filters: { headline: 'x' } });
    expect(read.status).toBe('published');
    expect(read.filters).toEqual({ $and: [{ headline: 'x' }, { article: { $and: [{}, PUBLISHED] } }] });
  });

  it('guards filters inside populate', () => {
    const read = guard.guardRead(ARTICLE, {
      populate: { relatedLinks: { filters: { target: { title: 'x' } }, populate: { target: true } } },
    });
    // …and the links themselves follow their article's publication.
    expect(read.populate.relatedLinks.filters).toEqual({
      $and: [{ target: { $and: [{ title: 'x' }, PUBLISHED] } }, { article: { $and: [{}, PUBLISHED] } }],
    });
    expect(guard.guardRead(ARTICLE, { populate: ['relatedLinks.target'] }).populate.relatedLinks).toEqual({
      populate: { target: {} },
      filters: { article: { $and: [{}, PUBLISHED] } },
    });
  });

  it('refuses a negated filter and a sort through articles, and allows the rest', () => {
    expect(() => guard.guardRead(OFFICIAL, { filters: { $not: { articles: { title: 'x' } } } })).toThrow(/not/);
    expect(() => guard.guardRead(LINK, { sort: 'target.title:asc' })).toThrow(/Sorting by "target.title"/);
    expect(() => guard.guardRead(LINK, { sort: [{ target: { title: 'asc' } }] })).toThrow(/Sorting/);
    expect(() => guard.guardRead(ARTICLE, { populate: { relatedLinks: { sort: 'target.title' } } })).toThrow(/Sorting/);
    expect(() => guard.guardRead(LINK, { sort: 'position:asc,headline', filters: { $not: { headline: 'x' } } })).not.toThrow();
    expect(() => guard.guardRead(ARTICLE, { sort: 'relatedLinks.headline' })).not.toThrow();
  });
});

describe('filter values', () => {
  const check = createFilterValueCheck((uid) => models[uid]);

  it.each([
    [LINK, { confidence: { $gt: 'abc' } }, 'confidence'],
    [LINK, { position: { $eq: '1e400' } }, 'position'],
    [LINK, { position: '1.5' }, 'position'],
    [LINK, { position: { $in: ['1', 'x'] } }, 'position'],
    [LINK, { article: { id: { $eq: 'abc' } } }, 'article.id'],
    [OFFICIAL, { $or: { name: 'x' } }, '$or'],
    [ARTICLE, { id: 'abc' }, 'id'],
  ])('refuses %s %j', (uid, filters, field) => {
    expect(() => check(uid, { filters })).toThrow(`"${field}"`);
  });

  it('accepts values that fit', () => {
    expect(() =>
      check(LINK, {
        filters: { confidence: { $gt: '0.5' }, position: { $in: [1, '2'] }, $or: [{ headline: 'x' }], article: 3 },
        populate: { target: { filters: { title: { $null: 'true' } } } },
      })
    ).not.toThrow();
  });
});
