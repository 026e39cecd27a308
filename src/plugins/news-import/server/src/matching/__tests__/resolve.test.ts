import { matchKey } from '../../language/normalize';
import { resolveHeadlines, type TitleCandidate, type TitleIndex } from '../resolve';
import { indexTokens } from '../score';

/** An in-memory TitleIndex with the same contract as the database one, counting its lookups. */
const memoryIndex = (titles: { documentId: string; title: string; locale?: string }[]) => {
  const rows = titles.map((t) => ({ documentId: t.documentId, locale: t.locale ?? 'ar', matchKey: matchKey(t.title) }));
  const calls = { exact: 0, similar: 0 };
  const index: TitleIndex = {
    async exact(locale, keys) {
      calls.exact += 1;
      return rows
        .filter((row) => row.locale === locale && keys.includes(row.matchKey))
        .map(({ documentId, matchKey: key }): TitleCandidate => ({ documentId, matchKey: key }));
    },
    async similar(locale, tokenLists, limit) {
      calls.similar += 1;
      return tokenLists.map((tokens) =>
        rows
          .filter((row) => row.locale === locale)
          .map((row) => ({ row, shared: indexTokens(row.matchKey).filter((t) => tokens.includes(t)).length }))
          .filter(({ shared }) => shared > 0)
          .sort((a, b) => b.shared - a.shared)
          .slice(0, limit)
          .map(({ row }) => ({ documentId: row.documentId, matchKey: row.matchKey }))
      );
    },
  };
  return { index, calls };
};

const AID = 'مصر تواصل جهودها فى تقديم المساعدات الإنسانية لقطاع غزة';
const ALIYEV = 'السيسي وعلييف: تعزيز العلاقات الثنائية والتعاون الاقتصادي بين مصر وأذربيجان';

describe('resolveHeadlines', () => {
  it('links equal match keys with confidence 1, in one batched lookup', async () => {
    const { index, calls } = memoryIndex([{ documentId: 'aid', title: 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة' }]);
    const [resolution] = await resolveHeadlines([matchKey(AID)], index, { locale: 'ar' });
    expect(resolution).toEqual({ status: 'linked', confidence: 1, targetDocumentId: 'aid' });
    expect(calls).toEqual({ exact: 1, similar: 0 });
  });

  it('links a headline with a word dropped to the best word-sharing candidate', async () => {
    const { index } = memoryIndex([
      { documentId: 'other', title: 'مصر تواصل استعداداتها لاستضافة مؤتمر المناخ' },
      { documentId: 'aid', title: 'مصر تواصل جهودها المكثفة في تقديم المساعدات الإنسانية لقطاع غزة' },
    ]);
    const [resolution] = await resolveHeadlines([matchKey(AID)], index, { locale: 'ar' });
    expect(resolution.status).toBe('linked');
    expect(resolution.targetDocumentId).toBe('aid');
    expect(resolution.confidence).toBeLessThan(1);
  });

  it('never links an article to itself', async () => {
    const { index } = memoryIndex([{ documentId: 'self', title: AID }]);
    const [resolution] = await resolveHeadlines([matchKey(AID)], index, { locale: 'ar', exclude: 'self' });
    expect(resolution).toMatchObject({ status: 'unresolved', targetDocumentId: null });
  });

  it('only considers articles of the same locale', async () => {
    const { index } = memoryIndex([{ documentId: 'en', title: AID, locale: 'en' }]);
    const [resolution] = await resolveHeadlines([matchKey(AID)], index, { locale: 'ar' });
    expect(resolution).toMatchObject({ status: 'unresolved', targetDocumentId: null });
  });

  it('keeps a same-actors, other-event story unlinked, with its closeness for the editor', async () => {
    const { index } = memoryIndex([{ documentId: 'military', title: 'السيسي وعلييف يبحثان التعاون العسكري بين مصر وأذربيجان' }]);
    const [resolution] = await resolveHeadlines([matchKey(ALIYEV)], index, { locale: 'ar' });
    expect(resolution.status).toBe('unresolved');
    expect(resolution.targetDocumentId).toBeNull();
    expect(resolution.confidence).toBeGreaterThan(0);
  });

  it('only suggests a candidate just under the link threshold, and drops one under the suggestion threshold', async () => {
    const { index } = memoryIndex([
      { documentId: 'longer', title: 'مصر تواصل جهودها الإنسانية لإغاثة أهالي غزة' },
      { documentId: 'much-longer', title: 'السيسي يستقبل بلينكن وزير الخارجية الأمريكي' },
    ]);
    const [below, farBelow] = await resolveHeadlines(
      [matchKey('مصر تواصل جهودها لإغاثة غزة'), matchKey('السيسي يستقبل بلينكن')],
      index,
      { locale: 'ar' }
    );
    expect(below).toEqual({ status: 'suggested', confidence: 0.83, targetDocumentId: 'longer' });
    expect(farBelow).toEqual({ status: 'unresolved', confidence: 0.66, targetDocumentId: null });
  });

  it('answers in the order of the headlines, empty keys unresolved', async () => {
    const { index } = memoryIndex([{ documentId: 'aid', title: AID }]);
    const resolutions = await resolveHeadlines(['', matchKey('خبر لا مثيل له'), matchKey(AID)], index, { locale: 'ar' });
    expect(resolutions.map((r) => r.status)).toEqual(['unresolved', 'unresolved', 'linked']);
  });

  it('never proposes a target an editor rejected for that headline, exact or similar', async () => {
    const { index } = memoryIndex([
      { documentId: 'old', title: 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة' },
      { documentId: 'near', title: 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة اليوم' },
    ]);
    const key = matchKey(AID);
    const [free] = await resolveHeadlines([key], index, { locale: 'ar' });
    expect(free.targetDocumentId).toBe('old');

    const rejected = new Map([[key, new Set(['old'])]]);
    const [second] = await resolveHeadlines([key], index, { locale: 'ar', rejected });
    expect(second.targetDocumentId).toBe('near');

    const both = new Map([[key, new Set(['old', 'near'])]]);
    const [none] = await resolveHeadlines([key], index, { locale: 'ar', rejected: both });
    expect(none).toMatchObject({ status: 'unresolved', targetDocumentId: null });
  });
});
