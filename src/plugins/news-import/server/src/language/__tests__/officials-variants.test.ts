import { compileGazetteer, recogniseOfficials } from '../officials';
import { skeleton } from '../officials/variants';
import { byId, inText, proposedIn, recognise } from './officials-fixture';

describe('recogniseOfficials: agency spellings of foreign names', () => {
  it.each([
    ['نتانياهو', 'وقال نتانياهو إن الحرب مستمرة', 'benjamin-netanyahu'],
    ['بلينكين', 'ووصل بلينكين إلى القاهرة مساء أمس', 'antony-blinken'],
    ['جوتيريس', 'وقال أنطونيو جوتيريس إن الوضع خطير', 'antonio-guterres'],
    ['بايدين', 'وقال الرئيس الأمريكي جو بايدين إن الهدنة ممكنة', 'joe-biden'],
    ['زيلنسكي', 'وقال زيلنسكي إن بلاده لن تتراجع', 'volodymyr-zelensky'],
    ['إردوغان', 'واستقبل إردوغان الوفد', 'recep-tayyip-erdogan'],
    ['لافروفف', 'وقال لافروفف إن موسكو مستعدة', 'sergey-lavrov'],
  ])('reads %s as the known official, never as someone new', (_, sentence, documentId) => {
    const mentions = recognise(sentence);
    expect(mentions).toEqual([expect.objectContaining({ documentId, known: true, mentions: 1 })]);
    expect(proposedIn(mentions)).toEqual([]);
  });

  it('counts every spelling of one official as mentions of that official', () => {
    const mentions = recognise(
      'التقى وزير الخارجية الأمريكي أنتوني بلينكين نظيره المصري',
      'وقال بلينكن إن المحادثات مثمرة',
      'وأضاف وبلينكين يغادر غدا'
    );
    expect(mentions).toEqual([expect.objectContaining({ documentId: 'antony-blinken', mentions: 3 })]);
  });

  it('keeps the variant inside a longer name: بنيامين نتانياهو and أنطونيو جوتيريس are one mention each', () => {
    const mentions = recognise('بحث أنطونيو جوتيريس مع بنيامين نتانياهو الهدنة');
    expect(mentions.map((m) => [m.documentId, m.mentions])).toEqual([
      ['antonio-guterres', 1],
      ['benjamin-netanyahu', 1],
    ]);
  });

  it('reads a variant only for the one gazetteer word it fits', () => {
    // Two officials whose family names are both one letter from the text's word: neither is chosen.
    const twins = compileGazetteer([
      { documentId: 'a', name: 'جون بايدن', role: null, honorific: null, aliases: ['بايدن'] },
      { documentId: 'b', name: 'جون بيدين', role: null, honorific: null, aliases: ['بيدين'] },
    ]);
    expect(recogniseOfficials(inText('وقال بايدين إن'), twins)).toEqual([]);
    expect(recogniseOfficials(inText('وقال بيدين إن'), twins).map((m) => m.documentId)).toEqual(['b']);
  });
});

describe('recogniseOfficials: names one letter apart stay different people', () => {
  it('محمد فهمي is not أحمد فهمي: an Arab given name is never another spelling', () => {
    expect(byId(recognise('وقال محمد فهمي إن المشروع يتقدم'), 'ahmed-fahmy')).toBeUndefined();
    // Even where the gazetteer knows no محمد that the word could be taken as.
    const onlyAhmed = compileGazetteer([{ documentId: 'ahmed-fahmy', name: 'أحمد فهمي', role: null, honorific: null, aliases: [] }]);
    expect(recogniseOfficials(inText('وقال محمد فهمي إن المشروع يتقدم'), onlyAhmed)).toEqual([]);
    expect(recogniseOfficials(inText('وقال احمد فهمي إن المشروع يتقدم'), onlyAhmed)).toHaveLength(1);
  });

  it('سليمان بن عبد العزيز is not سلمان بن عبد العزيز', () => {
    expect(byId(recognise('وقال سليمان بن عبدالعزيز إن المشروع يتقدم'), 'king-salman')).toBeUndefined();
  });

  it('ميقات is not ميقاتي: a letter lost at the end of a word is another word', () => {
    expect(recognise('وحدد ميقات الاجتماع')).toEqual([]);
    expect(byId(recognise('وقال ميقاتي إن'), 'najib-mikati')?.mentions).toBe(1);
  });

  it('a different consonant is a different name: فرحات is not فرحان', () => {
    expect(byId(recognise('وقال فيصل بن فرحات إن'), 'faisal-bin-farhan')).toBeUndefined();
    expect(byId(recognise('وقال فيصل بن فرحان إن'), 'faisal-bin-farhan')?.mentions).toBe(1);
  });

  it('four-letter names never vary: سكري is not شكري', () => {
    expect(recognise('وقال إن مرض السكري منتشر')).toEqual([]);
  });
});

describe('skeleton', () => {
  it('drops inner long vowels and folds letters that render one foreign sound', () => {
    expect(skeleton('نتنياهو')).toBe(skeleton('نتانياهو'));
    expect(skeleton('جوتيريش')).toBe(skeleton('غوتيريس'));
    expect(skeleton('زيلينسكي')).toBe(skeleton('زيلنسكي'));
  });

  it('keeps the first and the last letter', () => {
    expect(skeleton('ميقاتي')).not.toBe(skeleton('ميقات'));
    expect(skeleton('محمد')).not.toBe(skeleton('احمد'));
  });
});
