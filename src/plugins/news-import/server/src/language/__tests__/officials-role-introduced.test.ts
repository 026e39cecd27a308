import { proposedIn, recognise } from './officials-fixture';

const proposed = (sentence: string) => proposedIn(recognise(sentence)).map((m) => [m.name, m.role, m.honorific]);

describe('recogniseOfficials: foreign names introduced by a role', () => {
  it('proposes the name after a role whose given name no list holds', () => {
    expect(proposed('قال المفوض العام للأونروا فيليب لازاريني إن الوكالة تواجه أزمة')).toEqual([
      ['فيليب لازاريني', 'المفوض العام للأونروا', null],
    ]);
    expect(proposed('قال رئيس الوزراء الإثيوبي آبي أحمد إن السد لا يضر أحدا')).toEqual([
      ['آبي أحمد', 'رئيس الوزراء الإثيوبي', null],
    ]);
  });

  it('proposes it after a title with its role (الرئيس الإريتري), up to a comma', () => {
    expect(proposed('استقبل الرئيس الإريتري أسياس أفورقي الوفد')).toEqual([['أسياس أفورقي', 'الرئيس الإريتري', 'الرئيس']]);
    expect(proposed('قال المبعوث الأمريكي الخاص ستيف ويتكوف، إن المفاوضات مستمرة')).toEqual([
      ['ستيف ويتكوف', 'المبعوث الأمريكي الخاص', null],
    ]);
  });

  it('counts the proposed person again where the text repeats the name', () => {
    const mentions = proposedIn(recognise('قال المفوض العام للأونروا فيليب لازاريني إن', 'وأضاف لازاريني أن', 'وختم فيليب لازاريني بأن'));
    expect(mentions).toEqual([expect.objectContaining({ name: 'فيليب لازاريني', mentions: 2 })]);
  });

  it('near miss: a role followed by the verb’s object is no name', () => {
    for (const sentence of [
      'بحث وزير الخارجية سبل تعزيز التعاون',
      'ناقش رئيس الوزراء الإثيوبي ملف سد النهضة',
      'أكد رئيس الوزراء الإثيوبي دعم بلاده للاتفاق',
      'وجدد رئيس الوزراء الإثيوبي دعم بلاده.',
      'وتسلم المفوض العام للأونروا رسالة مكتوبة.',
      'أكد رئيس الوزراء الإثيوبي التزام إثيوبيا بالحوار',
      'وانتقد وزير الخارجية الروسي تصريحات واشنطن.',
      'وأكد وزير الخارجية الروسي رفض موسكو، مشددا على الحوار',
      'قال المفوض العام للأونروا إن الوكالة تواجه أزمة',
      'رئيس الوزراء الإثيوبي يحذر من التصعيد',
    ]) {
      expect([sentence, recognise(sentence)]).toEqual([sentence, []]);
    }
  });

  it('near miss: a bare title introduces no name of unknown given name', () => {
    expect(recognise('استقبل السفير كريستوف فارنو الوفد')).toEqual([]);
    expect(recognise('قال المفوض فيليب لازاريني إن')).toEqual([]);
  });

  it('near miss: الأمين without العام is a name, not a title', () => {
    expect(proposed('قال الدكتور محمد الأمين إن')).toEqual([['محمد الأمين', null, 'الدكتور']]);
  });
});
