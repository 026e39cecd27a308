import fc from 'fast-check';
import { compileGazetteer, recogniseOfficials } from '../officials';
import type { KnownOfficial } from '../types';
import { arabic, byId, english, gazetteerEntries, inText, proposedIn, recognise, seedStory } from './officials-fixture';
import { bestOfAlternating } from './timing';

describe('recogniseOfficials: known officials', () => {
  it('recognises el-Sisi, Blinken and Abbas Kamel in the seed story', () => {
    const mentions = recogniseOfficials(seedStory(), arabic);
    expect(mentions.map((m) => m.documentId)).toEqual(['abdel-fattah-el-sisi', 'antony-blinken', 'abbas-kamel']);
    expect(mentions.every((m) => m.known)).toBe(true);
    expect(proposedIn(mentions)).toEqual([]);
    expect(byId(mentions, 'antony-blinken')?.name).toBe('أنتوني بلينكن');
  });

  it('counts el-Sisi three times in the seed story: the title and two paragraphs', () => {
    expect(byId(recogniseOfficials(seedStory(), arabic), 'abdel-fattah-el-sisi')?.mentions).toBe(3);
  });

  it("returns the gazetteer's name, role and honorific, not the text's", () => {
    expect(recognise('قال اللواء عباس كامل إن الجهود مستمرة')).toEqual([
      {
        name: 'عباس كامل',
        role: 'رئيس المخابرات العامة',
        honorific: 'اللواء',
        documentId: 'abbas-kamel',
        known: true,
        mentions: 1,
      },
    ]);
  });

  it('tolerates the prefixes Arabic attaches to the first word of a name', () => {
    const mentions = recognise('رحب وبلينكن بالمبادرة', 'وجه الشكر للسيسي والسيسي وبالسيسي', 'ولأنتوني بلينكن رأي آخر');
    expect(byId(mentions, 'antony-blinken')?.mentions).toBe(2);
    expect(byId(mentions, 'abdel-fattah-el-sisi')?.mentions).toBe(3);
  });

  it('folds the spellings of a name (ى/ي, عبدالفتاح/عبد الفتاح, diacritics)', () => {
    const mentions = recognise('استقبل الرئيس عبدالفتاح السيسى اليوم', 'وقال السِّيسِي إن');
    expect(mentions).toHaveLength(1);
    expect(mentions[0].mentions).toBe(2);
  });

  it('prefers the longest name and never counts overlapping matches', () => {
    const mentions = recognise('استقبل الأمير محمد بن سلمان آل سعود ولي العهد نظيره', 'وقال محمد بن سلمان إن');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ documentId: 'mohammed-bin-salman', mentions: 2 });
  });

  it('never matches a name across lines or across a full stop', () => {
    expect(recogniseOfficials({ title: 'التقى الرئيس عباس', paragraphs: ['كامل الأعضاء حضروا'] }, arabic)).toEqual([]);
    expect(recognise('تحدث عباس. كامل الحضور صفقوا')).toEqual([]);
  });

  it('does not read a namesake as the official: مايا مرسي is not محمد مرسي', () => {
    const mentions = recognise('قالت وزيرة التضامن الاجتماعي الدكتورة مايا مرسي إن الدعم مستمر');
    expect(byId(mentions, 'mohamed-morsi')).toBeUndefined();
    expect(mentions).toEqual([expect.objectContaining({ name: 'مايا مرسي', known: false })]);
    // A spelling of the official's own given name is still the official.
    expect(byId(recognise('التقى أنطوني بلينكن الوفد'), 'antony-blinken')?.mentions).toBe(1);
  });

  it('orders officials by first appearance', () => {
    const mentions = recogniseOfficials(
      { title: 'ماكرون يتصل بالسيسي', paragraphs: ['وبحث الرئيس السيسي مع الرئيس ماكرون وغوتيريش الأوضاع'] },
      arabic
    );
    expect(mentions.map((m) => m.documentId)).toEqual(['emmanuel-macron', 'abdel-fattah-el-sisi', 'antonio-guterres']);
  });
});

describe('recogniseOfficials: ambiguous aliases', () => {
  // `عباس` alone could be Abbas Kamel or Mahmoud Abbas.
  const withSharedAlias = compileGazetteer(
    gazetteerEntries('ar').map((official) =>
      ['abbas-kamel', 'mahmoud-abbas'].includes(official.documentId)
        ? { ...official, aliases: [...official.aliases, 'عباس'] }
        : official
    )
  );
  const mentionsOf = (...paragraphs: string[]) => recogniseOfficials(inText(...paragraphs), withSharedAlias);

  it('counts an ambiguous alias for the one official the story names unambiguously', () => {
    const mentions = mentionsOf('استقبل الرئيس محمود عباس الوفد', 'وقال عباس إن المفاوضات مستمرة');
    expect(mentions).toEqual([expect.objectContaining({ documentId: 'mahmoud-abbas', mentions: 2 })]);
  });

  it('ignores an ambiguous alias when nobody, or both, are otherwise named', () => {
    expect(mentionsOf('وقال عباس إن المفاوضات مستمرة')).toEqual([]);
    const both = mentionsOf('حضر اللواء عباس كامل والرئيس محمود عباس', 'وقال عباس إن المفاوضات مستمرة');
    expect(both.map((m) => [m.documentId, m.mentions])).toEqual([
      ['abbas-kamel', 1],
      ['mahmoud-abbas', 1],
    ]);
  });

  it('never proposes the span of an ambiguous alias as someone new', () => {
    expect(proposedIn(mentionsOf('قال الرئيس عباس إن'))).toEqual([]);
  });
});

describe('recogniseOfficials: role phrases', () => {
  it('counts a role phrase standing alone as a mention of the named official who holds it', () => {
    // Title and the fourth paragraph say `وزير الخارجية الأمريكي`; the first paragraph names him.
    expect(byId(recogniseOfficials(seedStory(), arabic), 'antony-blinken')?.mentions).toBe(3);
  });

  it('does not count a role in apposition with the name twice', () => {
    const mentions = recognise('استقبل السيسي وزير الخارجية الأمريكي "أنتوني بلينكن" بحضور اللواء عباس كامل رئيس المخابرات العامة');
    expect(byId(mentions, 'antony-blinken')?.mentions).toBe(1);
    expect(byId(mentions, 'abbas-kamel')?.mentions).toBe(1);
  });

  it('never identifies anyone from a role phrase alone', () => {
    expect(recognise('أكد وزير الخارجية الأمريكي تقدير الإدارة الأمريكية للجهود المصرية')).toEqual([]);
  });

  it('does not read the start of a longer role as a shorter one', () => {
    // Shoukry is `وزير الخارجية`; `وزير الخارجية الأمريكي الأسبق` is someone else.
    const mentions = recognise('التقى سامح شكري الوفد', 'وقال وزير الخارجية الأمريكي الأسبق إن');
    expect(byId(mentions, 'sameh-shoukry')?.mentions).toBe(1);
  });
});

describe('recogniseOfficials: officials proposed from the text', () => {
  it('proposes a person after a role and an honorific, with both as printed', () => {
    expect(recognise('التقى وزير الري الدكتور هاني سويلم وفدا من البنك الدولي.')).toEqual([
      { name: 'هاني سويلم', role: 'وزير الري', honorific: 'الدكتور', documentId: null, known: false, mentions: 1 },
    ]);
  });

  it('takes the role from apposition after the name', () => {
    expect(recognise('قال الدكتور هاني سويلم، وزير الري والموارد المائية، إن المشروع يتقدم.')).toEqual([
      expect.objectContaining({ name: 'هاني سويلم', role: 'وزير الري والموارد المائية', honorific: 'الدكتور' }),
    ]);
    expect(recognise('استقبل اللواء خالد مجاور محافظ شمال سيناء الوفد.')).toEqual([
      expect.objectContaining({ name: 'خالد مجاور', role: 'محافظ شمال سيناء', honorific: 'اللواء' }),
    ]);
    expect(recognise('وقال محمد عبد اللطيف وزير التربية والتعليم إن الامتحانات تبدأ')).toEqual([
      expect.objectContaining({ name: 'محمد عبد اللطيف', role: 'وزير التربية والتعليم', honorific: null }),
    ]);
  });

  it('keeps the adjectives between honorific and name as the role', () => {
    expect(recognise('التقى الرئيس الأمريكي دونالد ترامب نظيره المصري.')).toEqual([
      expect.objectContaining({ name: 'دونالد ترامب', role: 'الرئيس الأمريكي', honorific: 'الرئيس' }),
    ]);
  });

  it('returns the honorific without the prefixes written onto it', () => {
    expect(recognise('وجه الشكر للدكتورة هالة السعيد على جهودها')).toEqual([
      expect.objectContaining({ name: 'هالة السعيد', honorific: 'الدكتورة', role: null }),
    ]);
  });

  it('accepts a name without a known given name when the text prints it in quotes', () => {
    expect(recognise('استقبل السفير "كريستوف فارنو" الوفد')).toEqual([
      expect.objectContaining({ name: 'كريستوف فارنو', honorific: 'السفير', known: false }),
    ]);
    expect(recognise('استقبل السفير كريستوف فارنو الوفد')).toEqual([]);
  });

  it('counts the same proposed person mentioned again, with or without the title', () => {
    const mentions = recognise('التقى وزير الري الدكتور هاني سويلم الوفد', 'وأكد هاني سويلم أن المشروع يتقدم', 'وشدد الدكتور هاني سويلم على الالتزام');
    expect(mentions).toEqual([expect.objectContaining({ name: 'هاني سويلم', role: 'وزير الري', mentions: 3 })]);
  });

  it('reads compound names and connectors as part of the name', () => {
    expect(proposedIn(recognise('استقبل محافظ كفر الشيخ اللواء جمال نور الدين الوفد.'))).toEqual([
      expect.objectContaining({ name: 'جمال نور الدين', role: 'محافظ كفر الشيخ', honorific: 'اللواء' }),
    ]);
    expect(proposedIn(recognise('قال سفير مصر لدى اليابان محمد أبو بكر إن العلاقات قوية'))).toEqual([
      expect.objectContaining({ name: 'محمد أبو بكر', role: 'سفير مصر لدى اليابان' }),
    ]);
  });

  it('never proposes a person from a generic phrase', () => {
    const generic = [
      'أكد الوزير أن التعاون مستمر.',
      'أكد الرئيس أن مصر تدعم الحل.',
      'قال وزير التربية والتعليم إن الامتحانات تبدأ غدا.',
      'وأكد المتحدث الرسمي باسم رئاسة الجمهورية أن اللقاء تناول استعراض آخر التطورات.',
      'أصدرت رئاسة الجمهورية ووزارة الخارجية بيانا مشتركا.',
      'من جانبه، أكد وزير الخارجية الأمريكي تقدير الإدارة الأمريكية للجهود المصرية المستمرة.',
      'أكد الرئيس الأمريكي أن بلاده تدعم الهدنة.',
      'اجتمع رئيس الوزراء مع المحافظين.',
      'وختم المتحدث الرسمي بأن اللقاء شهد تأكيد الجانبين.',
      'استقبل الملك عبد الله الضيوف',
      'قال مدير المستشفى إن الحالات مستقرة',
      'محافظ البنك المركزي يلتقي رئيس الحكومة اليوم',
    ];
    for (const sentence of generic) expect([sentence, recognise(sentence)]).toEqual([sentence, []]);
  });

  it('never proposes a span already matched to a known official', () => {
    const mentions = recognise('استقبل الرئيس عبد الفتاح السيسي اللواء عباس كامل رئيس المخابرات العامة');
    expect(proposedIn(mentions)).toEqual([]);
    expect(mentions).toHaveLength(2);
  });

  it('does not take the words after a name into it', () => {
    const names = recognise('التقى الدكتور هاني سويلم وفدا', 'واستقبل الدكتور أحمد كمال اليوم الوفد').map((m) => m.name);
    expect(names).toEqual(['هاني سويلم', 'أحمد كمال']);
  });
});

describe('recogniseOfficials: English copy', () => {
  it('recognises known officials with the English gazetteer', () => {
    const mentions = recogniseOfficials(
      {
        title: 'President Abdel Fattah el-Sisi receives Antony Blinken',
        paragraphs: ["Blinken's visit followed talks between Sisi and Major General Abbas Kamel."],
      },
      english
    );
    expect(mentions.map((m) => [m.name, m.mentions])).toEqual([
      ['Abdel Fattah el-Sisi', 2],
      ['Antony Blinken', 2],
      ['Abbas Kamel', 1],
    ]);
  });

  it('proposes capitalised names after a title word', () => {
    const mentions = recogniseOfficials(inText('Irrigation Minister Hany Sewilam met the delegation.'), english);
    expect(mentions).toEqual([expect.objectContaining({ name: 'Hany Sewilam', role: 'Irrigation Minister', known: false })]);
    expect(recogniseOfficials(inText('The President said the Minister was absent.'), english)).toEqual([]);
  });
});

describe('compileGazetteer', () => {
  it('handles thousands of officials, in time linear in their number, and gives the same answer', () => {
    const withSynthetic = (count: number): KnownOfficial[] => {
      const many: KnownOfficial[] = [...gazetteerEntries('ar')];
      for (let i = 0; i < count; i += 1) {
        many.push({ documentId: `synthetic-${i}`, name: `مسؤول${i} تجريبي${i}`, role: `وزير رقم ${i}`, honorific: null, aliases: [`تجريبي${i}`] });
      }
      return many;
    };
    const small = withSynthetic(1_250);
    const large = withSynthetic(5_000);
    // Compared, not timed: 4x the officials takes about 4x as long (a quadratic compile: 16x, and
    // minutes at 5,000). Best of three each, taken in turn; below 10 ms noise dominates.
    const [smallMs, largeMs] = bestOfAlternating(
      () => recogniseOfficials(seedStory(), compileGazetteer(small)),
      () => recogniseOfficials(seedStory(), compileGazetteer(large)),
      3
    );
    expect(largeMs).toBeLessThan(10 * Math.max(smallMs, 10));
    expect(recogniseOfficials(seedStory(), compileGazetteer(large))).toEqual(recogniseOfficials(seedStory(), arabic));
  });

  it('ignores empty names and aliases', () => {
    const gazetteer = compileGazetteer([{ documentId: 'x', name: '', role: null, honorific: null, aliases: ['', '  '] }]);
    expect(recogniseOfficials(inText('نص بلا أسماء'), gazetteer)).toEqual([]);
  });
});

describe('recogniseOfficials: robustness', () => {
  const alphabet = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ًٌٍَُِّْـ٠١٢٣٤٥0123456789"«»،,.:؛ \n\u200f\u200cabcXYZ'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((chars) => chars.join(''));
  const words = fc
    .array(fc.constantFrom('الرئيس', 'وزير', 'الخارجية', 'السيسي', 'محمد', 'أحمد', 'الدكتور', '"', '،', 'بن', 'عبد', 'كامل', 'عباس', 'اللواء', 'رئيس'), { maxLength: 15 })
    .map((parts) => parts.join(' '));

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(text, words)), fc.array(fc.oneof(text, words, fc.string()), { maxLength: 4 }), (title, paragraphs) => {
        const mentions = recogniseOfficials({ title, paragraphs }, arabic);
        expect(Array.isArray(mentions)).toBe(true);
        for (const mention of mentions) expect(mention.mentions).toBeGreaterThanOrEqual(1);
      })
    );
  });
});
