import { buildSchema, parse, specifiedRules, validate, type ValidationRule } from 'graphql';

import { operationLimits } from '../graphql-limits';

const schema = buildSchema(`
  type Preview { title: String }
  type Article { title: String, related: [Article] }
  type Query { newsImportPreview(text: String!): Preview, articles: [Article] }
  type Mutation { importArticle(text: String!): Preview }
`);

const rule = operationLimits({ maxAliases: 3, expensiveFields: ['newsImportPreview', 'importArticle'], maxExpensiveFields: 2 });

const errorsOf = (query: string): string[] =>
  validate(schema, parse(query), [...specifiedRules, rule]).map((error) => error.message);

const previews = (n: number) =>
  Array.from({ length: n }, (_, i) => `p${i}: newsImportPreview(text: "x") { title }`).join('\n');

describe('operationLimits', () => {
  it('lets an ordinary query through', () => {
    expect(errorsOf('{ newsImportPreview(text: "x") { title } articles { title related { title } } }')).toEqual([]);
  });

  it('allows the expensive fields up to the limit', () => {
    expect(errorsOf(`{ ${previews(2)} }`)).toEqual([]);
  });

  it('refuses a third newsImportPreview alias, naming the limit', () => {
    expect(errorsOf(`query Many { ${previews(3)} }`)).toEqual([
      '"Many" asks for newsImportPreview/importArticle 3 times; at most 2 are allowed per operation. Send one request per story.',
    ]);
  });

  it('counts importArticle mutations with the previews', () => {
    const mutation = `mutation { a: importArticle(text: "1") { title } b: importArticle(text: "2") { title } c: importArticle(text: "3") { title } }`;
    expect(errorsOf(mutation)).toHaveLength(1);
  });

  it('counts expensive fields hidden in fragments, once per spread', () => {
    const query = `
      query { ...Two ...Other }
      fragment Two on Query { a: newsImportPreview(text: "1") { title } b: newsImportPreview(text: "2") { title } }
      fragment Other on Query { ... on Query { c: newsImportPreview(text: "3") { title } } }
    `;
    expect(errorsOf(query).some((message) => message.includes('3 times'))).toBe(true);
  });

  it('refuses more aliases than allowed on cheap fields too', () => {
    const query = `{ ${Array.from({ length: 4 }, (_, i) => `a${i}: articles { title }`).join(' ')} }`;
    expect(errorsOf(query)).toEqual(['This operation uses 4 aliases; at most 3 are allowed per operation.']);
  });

  it('reads each fragment once, however often the fragments spread each other', () => {
    // Each level spreads the next twice: 2^levels expansions without memoising (65,536 here, and
    // 2^40 from a hostile caller), one lookup per fragment with it. Lookups are counted, not timed.
    const levels = 16;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Article { title }`
        : `fragment F${i} on Article { ...F${i + 1} related { ...F${i + 1} } }`
    ).join('\n');
    let lookups = 0;
    const counting: ValidationRule = (context) => {
      const getFragment = context.getFragment.bind(context);
      context.getFragment = (name) => {
        lookups += 1;
        return getFragment(name);
      };
      return rule(context);
    };
    expect(validate(schema, parse(`{ articles { ...F0 } }\n${fragments}`), [counting])).toEqual([]);
    expect(lookups).toBe(levels);
  });
});
