import { keyTokens, matchKey, prefixVariants, tokensOf, tokenStem } from '../normalize';

describe('matchKey', () => {
  it('removes tashkeel, superscript alef and tatweel', () => {
    expect(matchKey('حماس تُرحِّب بإعلانٍ')).toBe(matchKey('حماس ترحب بإعلان'));
    expect(matchKey('الرحمٰن')).toBe('الرحمن');
    expect(matchKey('المصريـــة')).toBe('المصريه');
  });

  it('folds alef forms, alef maksura, teh marbuta and hamza carriers', () => {
    expect(matchKey('أحمد إبراهيم آمال ٱلله')).toBe('احمد ابراهيم امال الله');
    expect(matchKey('فى')).toBe(matchKey('في'));
    expect(matchKey('مستشار الرئيس الفلسطينى')).toBe(matchKey('مستشار الرئيس الفلسطيني'));
    expect(matchKey('المخابرات العامة')).toBe('المخابرات العامه');
    expect(matchKey('مسئول')).toBe(matchKey('مسؤول'));
  });

  it('writes Arabic-Indic and Persian digits as ASCII', () => {
    expect(matchKey('٥ مجازر و١٥٠ مصابا')).toBe('5 مجازر و150 مصابا');
    expect(matchKey('۱۲۳۴')).toBe('1234');
  });

  it('drops quotes, brackets, dashes and punctuation, and collapses whitespace', () => {
    expect(matchKey('«السيسي»  و"بلينكن" (القاهرة) — غزة؛ الرهائن، الهدنة؟!')).toBe(
      'السيسي و بلينكن القاهره غزه الرهاءن الهدنه'
    );
    expect(matchKey('  مصر\t\n  تواصل  ')).toBe('مصر تواصل');
  });

  it('spells عبد compounds one way', () => {
    expect(matchKey('عبدالفتاح السيسي')).toBe(matchKey('عبد الفتاح السيسي'));
    expect(matchKey('حسن عبدالله')).toBe('حسن عبد الله');
    // Only عبد + ال: other words that start with عبد are left alone.
    expect(matchKey('عبده')).toBe('عبده');
  });

  it('lower-cases Latin and removes invisible format characters without splitting words', () => {
    expect(matchKey('Read ALSO: Blinken')).toBe('read also blinken');
    expect(matchKey('السي\u200Cسي\u200F')).toBe('السيسي');
  });

  it('never changes text in a way that depends on the call count', () => {
    const key = matchKey('الرئيسُ «عبدالفتاح» السيسى فى ٢٠٢٤');
    expect(matchKey(key)).toBe(key);
  });
});

describe('tokens and prefixes', () => {
  it('splits keys into words', () => {
    expect(keyTokens('')).toEqual([]);
    expect(tokensOf('مصر تواصل جهودها')).toEqual(['مصر', 'تواصل', 'جهودها']);
  });

  it('lists the forms of a word without its attached prefixes, longest first', () => {
    expect(prefixVariants('وبالجهود')).toEqual(expect.arrayContaining(['وبالجهود', 'بالجهود', 'الجهود', 'جهود']));
    expect(prefixVariants('للسيسي')).toContain('سيسي');
    // Short words keep their letters: `بل` is not `ب` + `ل`.
    expect(prefixVariants('بل')).toEqual(['بل']);
    expect(tokenStem(matchKey('وإسرائيل'))).toBe('اسراءيل');
  });
});
