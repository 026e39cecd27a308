import { agencyName, findAgency } from '../agencies';
import { extractDateline } from '../dateline';

describe('extractDateline', () => {
  it.each([
    ['القاهرة (أ ش أ) - أعلنت الحكومة اليوم خطة جديدة.', 'القاهرة', 'أ ش أ', 'أعلنت الحكومة اليوم خطة جديدة.'],
    ['القاهرة - أ ش أ: أعلنت الحكومة اليوم خطة جديدة.', 'القاهرة', 'أ ش أ', 'أعلنت الحكومة اليوم خطة جديدة.'],
    ['واشنطن، 3 مارس (رويترز) - قال البيت الأبيض إن…', 'واشنطن', 'رويترز', 'قال البيت الأبيض إن…'],
    ['غزة - (الأناضول) استشهد 5 فلسطينيين اليوم.', 'غزة', 'الأناضول', 'استشهد 5 فلسطينيين اليوم.'],
    ['أبوظبي (وام) — استقبل الشيخ محمد بن زايد…', 'أبوظبي', 'وام', 'استقبل الشيخ محمد بن زايد…'],
    ['الرياض (واس) - وصل ولي العهد إلى جدة.', 'الرياض', 'واس', 'وصل ولي العهد إلى جدة.'],
    ['باريس (أ.ف.ب) - أعلنت فرنسا…', 'باريس', 'أ ف ب', 'أعلنت فرنسا…'],
    ['CAIRO (Reuters) - Egypt said on Tuesday it would…', 'CAIRO', 'Reuters', 'Egypt said on Tuesday it would…'],
    ['GAZA, March 3 (AP) — Israeli strikes killed…', 'GAZA', 'AP', 'Israeli strikes killed…'],
    ['NEW YORK (AFP) - The UN chief said…', 'NEW YORK', 'AFP', 'The UN chief said…'],
    ['ANKARA (Anadolu Agency) - Turkey said…', 'ANKARA', 'Anadolu', 'Turkey said…'],
  ])('reads %s', (paragraph, place, agency, rest) => {
    expect(extractDateline(paragraph)).toEqual({ place, agency, agencyKnown: true, rest });
  });

  it('takes an unknown agency in brackets, and says it is unknown', () => {
    expect(extractDateline('الخرطوم (وكالة النيل) - قال المتحدث…')).toEqual({
      place: 'الخرطوم',
      agency: 'وكالة النيل',
      agencyKnown: false,
      rest: 'قال المتحدث…',
    });
  });

  it.each([
    ['a city and a dash that open prose', 'القاهرة - شهدت العاصمة اليوم أمطارا غزيرة.'],
    ['a city, a dash and a quote: not an agency', 'القاهرة - قال الوزير: إن الخطة جاهزة.'],
    ['a bracket inside prose', 'وقال الوزير إن الحكومة (التي تشكلت أمس) ستعلن خطتها قريبا - ربما غدا.'],
    ['a lower-case English opening', 'officials (who declined to be named) - said the plan was ready.'],
    ['a comma part that is not a date', 'القاهرة، الجيزة (رويترز) - نص.'],
    ['a dateline with nothing after it', 'القاهرة (أ ش أ) -'],
    ['a plain paragraph', 'استقبل الرئيس عبد الفتاح السيسي اليوم وزير الخارجية.'],
  ])('leaves %s alone', (_, paragraph) => {
    expect(extractDateline(paragraph)).toBeNull();
  });

  it('reads only a bounded prefix of a long paragraph', () => {
    const long = `القاهرة (أ ش أ) - ${'كلمة '.repeat(50_000)}`;
    expect(extractDateline(long)?.place).toBe('القاهرة');
    expect(extractDateline('كلمة '.repeat(50_000))).toBeNull();
  });
});

describe('the agency list', () => {
  it('knows each agency in both languages and the printed variants', () => {
    expect(findAgency('أ.ش.أ')?.key).toBe('mena');
    expect(findAgency('MENA')?.key).toBe('mena');
    expect(findAgency('فرانس برس')?.key).toBe('afp');
    expect(agencyName('REUTERS')).toEqual({ name: 'Reuters', known: true });
    expect(agencyName('رويترز')).toEqual({ name: 'رويترز', known: true });
    expect(agencyName(' وكالة مجهولة ')).toEqual({ name: 'وكالة مجهولة', known: false });
  });
});
