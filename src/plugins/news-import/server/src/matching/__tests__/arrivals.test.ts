import { matchKey } from '../../language/normalize';
import { beats, linksTakenBy, type OpenLink } from '../arrivals';

const arrival = (title: string, documentId = 'new') => ({ documentId, matchKey: matchKey(title) });

const link = (headline: string, extra: Partial<OpenLink> = {}): OpenLink => ({
  documentId: `link-${headline.length}-${extra.status ?? 'unresolved'}`,
  matchKey: matchKey(headline),
  status: 'unresolved',
  confidence: 0,
  targetDocumentId: null,
  articleDocumentId: 'lister',
  ...extra,
});

const TITLE = 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة';

describe('a later story takes the open links that name it', () => {
  it('links an unresolved headline printed with another spelling', () => {
    const waiting = link('مصر تواصل جهودها فى تقديم المساعدات الإنسانية لقطاع غزة');
    const [change] = linksTakenBy(arrival(TITLE), [waiting]);
    expect(change.next).toEqual({ status: 'linked', confidence: 1, targetDocumentId: 'new' });
  });

  it('suggests a headline that only nearly fits, and leaves another story alone', () => {
    const shortened = link('مصر تواصل جهودها لقطاع غزة'); // 0.76
    const other = link('مصر تستضيف مؤتمرا دوليا للمناخ');
    const changes = linksTakenBy(arrival(TITLE), [shortened, other]);
    expect(changes.map((c) => [c.link.documentId, c.next.status])).toEqual([[shortened.documentId, 'suggested']]);
  });

  it('does not replace a better suggestion, and upgrades a weaker one', () => {
    const headline = 'مصر تواصل جهودها لقطاع غزة'; // suggested at 0.76 by the arriving title
    const strong = link(headline, { status: 'suggested', confidence: 0.9, targetDocumentId: 'old' });
    const weak = link(headline, { status: 'suggested', confidence: 0.71, targetDocumentId: 'old', documentId: 'weak' });
    const changes = linksTakenBy(arrival(TITLE), [strong, weak]);
    expect(changes.map((c) => c.link.documentId)).toEqual(['weak']);
    expect(changes[0].next.targetDocumentId).toBe('new');
  });

  it('never takes a rejected pair, a certain or rejected link, or a link of its own story', () => {
    const headline = 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة';
    const rejected = new Map([[matchKey(headline), new Set(['new'])]]);
    expect(linksTakenBy(arrival(TITLE), [link(headline)], rejected)).toEqual([]);
    // Confidence 1: an exact title, or an editor's acceptance.
    expect(linksTakenBy(arrival(TITLE), [link(headline, { status: 'linked', confidence: 1, targetDocumentId: 'x' })])).toEqual([]);
    expect(linksTakenBy(arrival(TITLE), [link(headline, { status: 'rejected' })])).toEqual([]);
    expect(linksTakenBy(arrival(TITLE), [link(headline, { articleDocumentId: 'new' })])).toEqual([]);
  });

  it('takes a link made to a nearly equal title when the exact one arrives', () => {
    const headline = 'الحلقة السابعة من سلسلة الطاقة المتجددة في الصحراء الغربية';
    const near = link(headline, { status: 'linked', confidence: 0.88, targetDocumentId: 'other-part' });
    const [change] = linksTakenBy(arrival(headline), [near]);
    expect(change.next).toEqual({ status: 'linked', confidence: 1, targetDocumentId: 'new' });
  });

  it('re-scores a suggestion when its target is retitled, down to unresolved', () => {
    const suggested = link('مصر تواصل جهودها لقطاع غزة', {
      status: 'suggested',
      confidence: 0.8,
      targetDocumentId: 'new',
    });
    const [change] = linksTakenBy(arrival('الأمم المتحدة تعقد جلسة طارئة'), [suggested]);
    expect(change.next.status).toBe('unresolved');
    expect(change.next.targetDocumentId).toBeNull();
  });
});

describe('beats: the one rule by which a decision replaces another (arrivals and relinks)', () => {
  it('ranks linked over suggested over unresolved, then confidence within a status', () => {
    expect(beats({ status: 'linked', confidence: 0.8 }, { status: 'suggested', confidence: 0.95 })).toBe(true);
    expect(beats({ status: 'suggested', confidence: 0.6 }, { status: 'unresolved', confidence: 0 })).toBe(true);
    expect(beats({ status: 'linked', confidence: 1 }, { status: 'linked', confidence: 0.99 })).toBe(true);
    expect(beats({ status: 'linked', confidence: 0.99 }, { status: 'linked', confidence: 0.99 })).toBe(false);
    expect(beats({ status: 'suggested', confidence: 0.9 }, { status: 'linked', confidence: 0.7 })).toBe(false);
  });

  it('reads stored confidences (decimal strings, null) as numbers, and never lets an unknown status win', () => {
    expect(beats({ status: 'linked', confidence: '0.95' }, { status: 'linked', confidence: '0.9' })).toBe(true);
    expect(beats({ status: 'suggested', confidence: 0.7 }, { status: 'suggested', confidence: null })).toBe(true);
    expect(beats({ status: 'rejected', confidence: 1 }, { status: 'unresolved', confidence: 0 })).toBe(false);
    expect(beats({ status: 'unresolved', confidence: 0 }, { status: 'rejected', confidence: 1 })).toBe(true);
  });
});
