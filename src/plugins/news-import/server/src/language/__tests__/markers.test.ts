import { isMarkerPhrase, markerOf } from '../markers';

describe('markerOf', () => {
  it.each([
    'اقرأ أيضاً',
    'اقرأ أيضا',
    'إقرأ أيضًا',
    'اقرا ايضا',
    'اقرأ أيضاً:',
    'اقرأ أيضا :',
    'إقرأ أيضًا:',
    'اقرأ أيضاً...',
    '- اقرأ أيضاً',
    'طالع أيضاً',
    'طالع ايضا:',
    'شاهد أيضاً',
    'اقرأ المزيد',
    'ذات صلة',
    'ذات صله:',
    'أخبار ذات صلة',
    'موضوعات ذات صلة',
    'مواضيع ذات صلة',
    'اقرأ كذلك',
    'Read also',
    'Read also:',
    'READ ALSO',
    'Read more',
    'read more:',
    'Related',
    'Related stories',
    'RELATED STORIES:',
    'See also',
    'see also:',
  ])('recognises %j as a marker line on its own', (line) => {
    expect(markerOf(line)).toEqual({ rest: null });
  });

  // Written out, not read from MARKER_PHRASES: the markers the README and the contract promise
  // editors, and the other phrases desks print, must stay recognised whatever the list becomes.
  it.each([
    'اقرأ أيضاً',
    'طالع أيضاً',
    'شاهد أيضاً',
    'اقرأ المزيد',
    'ذات صلة',
    'Read also',
    'Related',
    'اقرأ كذلك',
    'أخبار ذات صلة',
    'موضوعات ذات صلة',
    'مواضيع ذات صلة',
    'مقالات ذات صلة',
    'Also read',
    'Read more',
    'Related stories',
    'Related articles',
    'Related news',
    'See also',
  ])('recognises the marker phrase %j', (phrase) => {
    expect(isMarkerPhrase(phrase)).toBe(true);
  });

  it('splits an inline marker at the colon: the text after it is the first headline', () => {
    expect(markerOf('اقرأ أيضاً: السيسي يستقبل وزير الخارجية الأمريكي')).toEqual({
      rest: 'السيسي يستقبل وزير الخارجية الأمريكي',
    });
    expect(markerOf('إقرأ أيضا:مصر تواصل جهودها')).toEqual({ rest: 'مصر تواصل جهودها' });
    expect(markerOf('Read also: Egypt and US discuss Gaza truce')).toEqual({ rest: 'Egypt and US discuss Gaza truce' });
  });

  it('keeps colons inside the first headline', () => {
    expect(markerOf('ذات صلة: مستشار الرئيس: أمريكا الشريك الأساسي')).toEqual({
      rest: 'مستشار الرئيس: أمريكا الشريك الأساسي',
    });
  });

  it('treats a colon followed only by punctuation as a marker on its own', () => {
    expect(markerOf('اقرأ أيضاً: ...')).toEqual({ rest: null });
  });

  it('does not take a marker phrase inside a prose sentence for a marker', () => {
    expect(markerOf('وقال إن على القراء أن يقرأوا أيضاً التقرير.')).toBeNull();
    expect(markerOf('اقرأ أيضا ما كتبه الزميل أمس عن القمة.')).toBeNull();
    expect(markerOf('Read also the full report on our website.')).toBeNull();
  });

  it('does not take a line with a colon for a marker unless the words before it are the phrase', () => {
    expect(markerOf('مستشار الرئيس الفلسطينى: أمريكا الشريك الأساسى للعدوان')).toBeNull();
    expect(markerOf('وقال اقرأ أيضاً: التقرير')).toBeNull();
  });

  it('returns null for ordinary lines and for empty text', () => {
    expect(markerOf('مصر تواصل جهودها فى تقديم المساعدات الإنسانية لقطاع غزة')).toBeNull();
    expect(markerOf('أيضاً')).toBeNull();
    expect(markerOf('')).toBeNull();
    expect(markerOf(':')).toBeNull();
  });
});
