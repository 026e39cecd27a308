import { arabicSlug, fallbackSlug, isValidSlug, latinSlug, SLUG_PATTERN, slugFor, slugOrFallback } from '../slug';

describe('arabicSlug', () => {
  it('keeps Arabic script and joins words with dashes', () => {
    expect(arabicSlug('الرئيس السيسي يجتمع مع وزير الخارجية الأمريكي')).toBe(
      'الرئيس-السيسي-يجتمع-مع-وزير-الخارجية-الأمريكي'
    );
  });

  it('removes diacritics and tatweel but keeps the letters as written', () => {
    expect(arabicSlug('حماس تُرحب بإعلان إسبانيا')).toBe('حماس-ترحب-بإعلان-إسبانيا');
    expect(arabicSlug('الجهود المصريـــة أيضًا')).toBe('الجهود-المصرية-أيضا');
    // ى and أ are spelling, not decoration: a slug keeps them.
    expect(arabicSlug('مستشار الرئيس الفلسطينى')).toBe('مستشار-الرئيس-الفلسطينى');
  });

  it('drops punctuation and quotes', () => {
    expect(arabicSlug('مستشار الرئيس: أمريكا "الشريك" الأساسى، للعدوان!')).toBe(
      'مستشار-الرئيس-أمريكا-الشريك-الأساسى-للعدوان'
    );
    expect(arabicSlug('«السيسي» و(علييف) - تعاون')).toBe('السيسي-و-علييف-تعاون');
  });

  it('keeps digits and slugifies Latin words inside Arabic text', () => {
    expect(arabicSlug('5 مجازر إسرائيلية تسفر عن ٧٠ شهيدا')).toBe('5-مجازر-إسرائيلية-تسفر-عن-٧٠-شهيدا');
    expect(arabicSlug('قمة G20 في Rio')).toBe('قمة-g20-في-rio');
  });

  it('maps Arabic presentation forms to plain letters', () => {
    expect(arabicSlug('\uFEB3\uFEE0\uFEE4\uFEF0')).toBe('سلمى');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = arabicSlug('كلمة '.repeat(100), 50);
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.split('-').every((w) => w === 'كلمة')).toBe(true);
  });
});

describe('latinSlug and slugFor', () => {
  it('gives Latin slugs for en', () => {
    expect(latinSlug('Sisi meets US Secretary of State Blinken')).toBe(
      'sisi-meets-us-secretary-of-state-blinken'
    );
    expect(slugFor('Abdel Fattah el-Sisi', 'en')).toBe('abdel-fattah-el-sisi');
  });

  it('chooses by locale', () => {
    expect(slugFor('السيسي وعلييف', 'ar')).toBe('السيسي-وعلييف');
    expect(slugFor('السيسي وعلييف', 'ar-EG')).toBe('السيسي-وعلييف');
    expect(slugFor('Sisi and Aliyev', 'en')).toBe('sisi-and-aliyev');
  });

  it('keeps en slugs Latin even for an untranslated Arabic title', () => {
    expect(slugFor('السيسي وعلييف', 'en')).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('isValidSlug', () => {
  it('accepts generated slugs and rejects spaces, uppercase and diacritics', () => {
    expect(isValidSlug(arabicSlug('البابا تواضروس الثاني يروي لقاءه'))).toBe(true);
    expect(isValidSlug('us-secretary-of-state')).toBe(true);
    expect(isValidSlug('two words')).toBe(false);
    expect(isValidSlug('Upper')).toBe(false);
    expect(isValidSlug('تُرحب')).toBe(false);
    expect(isValidSlug('')).toBe(false);
  });

  it('is the same pattern the content types declare', () => {
    for (const type of ['article', 'official']) {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const schema = require(`../../api/${type}/content-types/${type}/schema.json`);
      expect(schema.attributes.slug.regex).toBe(SLUG_PATTERN);
    }
  });
});

describe('slugOrFallback', () => {
  it('gives a text with no usable letter the kind and a short hash, the same for the same text', () => {
    const slug = slugOrFallback('中文标题新闻', 'ar', 'article');
    expect(slug).toMatch(/^article-[0-9a-f]{8}$/);
    expect(isValidSlug(slug)).toBe(true);
    expect(slugOrFallback('中文标题新闻', 'en', 'article')).toBe(slug);
    expect(slugOrFallback('日本語のニュース', 'ar', 'article')).not.toBe(slug);
    expect(slugOrFallback('«»!؟', 'ar', 'official')).toMatch(/^official-[0-9a-f]{8}$/);
  });

  it('keeps the ordinary slug whenever the text has a letter or digit to keep', () => {
    expect(slugOrFallback('السيسي وعلييف', 'ar', 'article')).toBe('السيسي-وعلييف');
    expect(slugOrFallback('Sisi 中文', 'en', 'article')).toBe('sisi');
    expect(slugOrFallback('2024 中文', 'ar', 'article')).toBe('2024');
  });

  it('ignores surrounding spaces in the hash', () => {
    expect(fallbackSlug('article', '  中文标题新闻 ')).toBe(fallbackSlug('article', '中文标题新闻'));
  });
});
