import { bylineOf } from '../byline';

describe('bylineOf', () => {
  it.each([
    ['كتب: أحمد علي', 'أحمد علي'],
    ['كتبت - فاطمة حسن', 'فاطمة حسن'],
    ['كتب أحمد محمود الشريف', 'أحمد محمود الشريف'],
    ['بقلم: د. محمد السيد', 'د. محمد السيد'],
    ['كتب – أحمد علي ومحمد حسن', 'أحمد علي ومحمد حسن'],
    ['كتب:محمد عبد الله', 'محمد عبد الله'],
    ['By Jane Doe', 'Jane Doe'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['By Jane Doe.', 'Jane Doe'],
    ['BY AHMED MOHAMED', 'AHMED MOHAMED'],
    ['By Ahmed el-Sayed', 'Ahmed el-Sayed'],
  ])('reads %s', (line, names) => {
    expect(bylineOf(line)).toBe(names);
  });

  it.each([
    ['كتب الرئيس رسالة إلى نظيره الأمريكي', 'كتب + a noun with the article: a sentence'],
    ['كتب أحمد مقالا أمس.', 'a sentence without a colon'],
    ['كتبت الصحيفة أن الحكومة ستستقيل، وفق مصادر.', 'a sentence with punctuation'],
    ['By late afternoon, the crowd had grown to thousands.', '"By late …" prose'],
    ['By 2030 the plan will cover every village', 'a year after By'],
    ['كتب', 'the verb alone'],
    ['كتابة التاريخ مهمة الجميع', 'a word that starts with the letters of كتب'],
  ])('leaves "%s" alone (%s)', (line) => {
    expect(bylineOf(line)).toBeNull();
  });
});
