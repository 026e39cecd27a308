import fc from 'fast-check';
import { matchKey } from '../../language/normalize';
import {
  indexTokens,
  LINK_MIN_CONFIDENCE,
  scoreHeadline,
  SUBSTITUTION_SUGGEST_MIN_CONFIDENCE,
  SUGGEST_MIN_CONFIDENCE,
} from '../score';

/** Scores a headline as printed against a title as printed, the way matching does. */
const score = (headline: string, title: string) => scoreHeadline(matchKey(headline), matchKey(title));

// Headlines from the seed story's "read also" list, as printed there.
const SEED = {
  eid: 'السيسي يناقش استعدادات عيد الأضحى وترتيبات مؤتمر الاستثمار مع الاتحاد الأوروبي',
  adviser: 'مستشار الرئيس الفلسطينى: أمريكا الشريك الأساسى للعدوان الإسرائيلى على غزة',
  aid: 'مصر تواصل جهودها فى تقديم المساعدات الإنسانية لقطاع غزة',
  massacres: '5 مجازر إسرائيلية جديدة فى غزة تسفر عن 70 شهيدا و150 مصابا',
  aliyev: 'السيسي وعلييف: تعزيز العلاقات الثنائية والتعاون الاقتصادي بين مصر وأذربيجان',
  ceasefire: 'الولايات المتحدة و16 دولة تدعو حماس وإسرائيل للتوصل إلى اتفاق بشأن وقف إطلاق النار والرهائن',
  spain: 'حماس تُرحب بإعلان إسبانيا انضمامها لدعوى جرائم الإبادة الجماعية ضد إسرائيل',
  shelling: 'شهداء ومصابون فى قصف إسرائيلى استهدف منزلا بحى الزيتون بمدينة غزة',
};

describe('scoreHeadline', () => {
  it('gives 1 and links equal match keys', () => {
    expect(scoreHeadline(matchKey(SEED.aid), matchKey(SEED.aid))).toEqual({ confidence: 1, status: 'linked' });
    expect(scoreHeadline('', '')).toEqual({ confidence: 1, status: 'linked' });
  });

  it('matches a seed headline to its title written with ي for ى and في for فى', () => {
    expect(score(SEED.adviser, 'مستشار الرئيس الفلسطيني: أمريكا الشريك الأساسي للعدوان الإسرائيلي على غزة')).toEqual({
      confidence: 1,
      status: 'linked',
    });
    expect(score(SEED.aid, 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة').confidence).toBe(1);
    expect(score(SEED.shelling, 'شهداء ومصابون في قصف إسرائيلي استهدف منزلا بحي الزيتون بمدينة غزة').status).toBe('linked');
  });

  it('matches with or without diacritics', () => {
    expect(score(SEED.spain, 'حماس ترحب بإعلان إسبانيا انضمامها لدعوى جرائم الإبادة الجماعية ضد إسرائيل')).toEqual({
      confidence: 1,
      status: 'linked',
    });
  });

  it('matches Eastern and Western digits', () => {
    expect(score(SEED.massacres, '٥ مجازر إسرائيلية جديدة في غزة تسفر عن ٧٠ شهيدا و١٥٠ مصابا').confidence).toBe(1);
    expect(score(SEED.ceasefire, 'الولايات المتحدة و١٦ دولة تدعو حماس وإسرائيل للتوصل إلى اتفاق بشأن وقف إطلاق النار والرهائن').confidence).toBe(1);
    // The conjunction written onto the number does not hide it: `و16` is `16`.
    expect(score(SEED.ceasefire, 'الولايات المتحدة 16 دولة تدعو حماس وإسرائيل للتوصل إلى اتفاق بشأن وقف إطلاق النار والرهائن').status).toBe('linked');
  });

  it('links a title with a word dropped or added', () => {
    const dropped = score(SEED.massacres, '5 مجازر إسرائيلية في غزة تسفر عن 70 شهيدا و150 مصابا');
    expect(dropped.status).toBe('linked');
    expect(dropped.confidence).toBeGreaterThanOrEqual(LINK_MIN_CONFIDENCE);
    expect(dropped.confidence).toBeLessThan(1);
    expect(score(SEED.spain, 'حماس ترحب بإعلان إسبانيا انضمامها لدعوى جرائم الإبادة الجماعية ضد إسرائيل أمام العدل').status).toBe('linked');
    // Spelling folds and a dropped word together.
    expect(score(SEED.shelling, 'شهداء ومصابون في قصف إسرائيلي استهدف منزلا بحي الزيتون بغزة').status).toBe('linked');
  });

  it('links words that differ only by an attached prefix', () => {
    expect(score(SEED.aid, 'مصر تواصل جهودها في تقديم المساعدات الإنسانية بقطاع غزة').status).toBe('linked');
  });

  it('treats spelling variants of a long word as the same word', () => {
    const result = score('غوتيريش يدعو إلى وقف فوري لإطلاق النار في غزة', 'جوتيريش يدعو إلى وقف فوري لإطلاق النار في غزة');
    expect(result).toEqual({ confidence: 0.99, status: 'linked' });
  });

  it('only suggests a headline with several words missing', () => {
    const result = score(SEED.ceasefire, 'الولايات المتحدة و16 دولة تدعو حماس وإسرائيل إلى اتفاق');
    expect(result.status).toBe('suggested');
    expect(result.confidence).toBeGreaterThanOrEqual(SUGGEST_MIN_CONFIDENCE);
  });

  it('leaves the same actors at a different event unresolved', () => {
    const otherEid = score(SEED.eid, 'السيسي يناقش استعدادات عيد الفطر وترتيبات مؤتمر الاستثمار مع الاتحاد الأوروبي');
    expect(otherEid.status).toBe('unresolved');
    expect(otherEid.confidence).toBeLessThan(SUBSTITUTION_SUGGEST_MIN_CONFIDENCE);
    expect(score(SEED.aliyev, 'السيسي وعلييف يبحثان التعاون العسكري بين مصر وأذربيجان').status).toBe('unresolved');
  });

  it('counts a repeated word twice: another feast in the cathedral of the same name is not a dropped word', () => {
    const christmas = 'البابا تواضروس يترأس قداس عيد الميلاد في كاتدرائية الميلاد بالعاصمة الإدارية';
    const easter = 'البابا تواضروس يترأس قداس عيد القيامة في كاتدرائية الميلاد بالعاصمة الإدارية';
    expect(score(christmas, easter).status).toBe('unresolved');
    expect(score(easter, christmas).status).toBe('unresolved');
    // The same headline with a word dropped still links, repeats and all.
    expect(score(christmas, 'البابا يترأس قداس عيد الميلاد في كاتدرائية الميلاد بالعاصمة الإدارية').status).toBe(
      'linked'
    );
  });

  it('leaves a different number unresolved, however close the words', () => {
    const otherToll = score(SEED.massacres, '5 مجازر إسرائيلية جديدة فى غزة تسفر عن 50 شهيدا و150 مصابا');
    expect(otherToll.status).toBe('unresolved');
    expect(otherToll.confidence).toBeGreaterThan(0.85);
    expect(score(SEED.ceasefire, 'الولايات المتحدة و17 دولة تدعو حماس وإسرائيل للتوصل إلى اتفاق بشأن وقف إطلاق النار والرهائن').status).toBe(
      'unresolved'
    );
    // A toll on one side only is not the same report either.
    expect(score(SEED.massacres, 'مجازر إسرائيلية جديدة فى غزة تسفر عن 70 شهيدا و150 مصابا').status).toBe('unresolved');
  });

  it('gives an unrelated title a low score', () => {
    const result = score(SEED.aid, 'البابا تواضروس الثاني يروي لقاءه الغريب مع الرئيس مرسي');
    expect(result.status).toBe('unresolved');
    expect(result.confidence).toBeLessThan(0.2);
  });

  it('suggests at most one swapped word, and only in a long headline', () => {
    const long = 'وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في غزة وجهود التهدئة وإدخال المساعدات الإنسانية العاجلة للقطاع';
    const swapped = long.replace('الأردني', 'القطري');
    expect(score(long, swapped).status).toBe('suggested');
    expect(score(long, swapped.replace('العاجلة', 'الفورية')).status).toBe('unresolved');
  });
});

describe('scoreHeadline: just below each threshold', () => {
  // Each pair differs only by words added to the title, so the rule under test is the only one that
  // decides; the confidence is asserted too, so that a pair that drifts off its boundary is noticed.
  const AID_9 = 'مصر تواصل جهودها فى تقديم المساعدات الإنسانية لقطاع غزة المحاصر';

  it('only suggests one word added to a 2-word headline (0.8, under the link threshold)', () => {
    expect(score('السيسي يستقبل', 'السيسي يستقبل بلينكن')).toEqual({ confidence: 0.8, status: 'suggested' });
  });

  it('only suggests two words added to a 5-word headline (0.83, under the link threshold)', () => {
    expect(score('مصر تواصل جهودها لإغاثة غزة', 'مصر تواصل جهودها الإنسانية لإغاثة أهالي غزة')).toEqual({
      confidence: 0.83,
      status: 'suggested',
    });
  });

  it('links two words added to a 9-word headline but only suggests three, at the same 0.85 and above', () => {
    const twoMore = score(AID_9, `${AID_9} عند معبر رفح`);
    expect(twoMore).toEqual({ confidence: 0.9, status: 'linked' });
    // 18/21 = 0.857 clears the link threshold; three added words are one too many to link unseen.
    const threeMore = score(AID_9, `${AID_9} عند معبر رفح البري`);
    expect(threeMore).toEqual({ confidence: 0.85, status: 'suggested' });
  });

  it('leaves three words added to a 3-word headline unresolved (0.66, under the suggestion threshold)', () => {
    expect(score('السيسي يستقبل بلينكن', 'السيسي يستقبل بلينكن وزير الخارجية الأمريكي')).toEqual({
      confidence: 0.66,
      status: 'unresolved',
    });
  });

  it('leaves one swapped word in a 12-word headline unresolved (0.91, under the swap threshold)', () => {
    const twelve = 'وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في غزة وجهود التهدئة وإدخال المساعدات';
    expect(score(twelve, twelve.replace('الأردني', 'القطري'))).toEqual({ confidence: 0.91, status: 'unresolved' });
  });
});

describe('indexTokens', () => {
  it('stores stems in order, without stop words or duplicates', () => {
    expect(indexTokens(matchKey(SEED.aid))).toEqual(['مصر', 'تواصل', 'جهودها', 'تقديم', 'مساعدات', 'انسانيه', 'قطاع', 'غزه']);
    expect(indexTokens(matchKey('غزة في غزة وفي غزة ذلك و ب'))).toEqual(['غزه']);
  });

  it('keeps numbers, also when a conjunction is written onto them', () => {
    expect(indexTokens(matchKey(SEED.massacres))).toEqual(expect.arrayContaining(['5', '70', '150']));
    expect(indexTokens(matchKey('و١٦ دولة'))).toEqual(['16', 'دوله']);
  });

  it('gives the same tokens for the spellings of one headline', () => {
    expect(indexTokens(matchKey(SEED.shelling))).toEqual(
      indexTokens(matchKey('شهداء ومصابون في قصف إسرائيلي استهدف منزلاً بحي الزيتون بمدينة غزة'))
    );
  });

  it('returns nothing for an empty key', () => {
    expect(indexTokens('')).toEqual([]);
  });
});

describe('scoreHeadline: properties', () => {
  const words = ['السيسي', 'يبحث', 'غزة', 'في', 'وزير', 'الخارجية', '70', 'و16', 'شهيدا', 'عيد', 'الأضحى', 'الفطر', 'جوتيريش', 'غوتيريش', 'مصر'];
  const headline = fc.oneof(
    fc.string().map(matchKey),
    fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((parts) => matchKey(parts.join(' ')))
  );

  it('never throws, stays within 0..1 and is symmetric', () => {
    fc.assert(
      fc.property(headline, headline, (a, b) => {
        const forward = scoreHeadline(a, b);
        const backward = scoreHeadline(b, a);
        expect(forward.confidence).toBeGreaterThanOrEqual(0);
        expect(forward.confidence).toBeLessThanOrEqual(1);
        expect(backward).toEqual(forward);
        expect(forward.confidence === 1).toBe(a === b);
      })
    );
  });

  it('gives 1 for equal keys', () => {
    fc.assert(fc.property(headline, (a) => expect(scoreHeadline(a, a)).toEqual({ confidence: 1, status: 'linked' })));
  });
});
