import { isBreadcrumb, isDateLine, isWidgetHeading, lineDebris, sourceOf } from '../debris';

describe('lineDebris', () => {
  it.each([
    ['الثلاثاء، 14 نوفمبر 2023 03:15 م', 'date'],
    ['14/11/2023 - 3:15 PM', 'date'],
    ['آخر تحديث: 14 نوفمبر 2023', 'date'],
    ['Updated 3:15 PM GMT, November 14, 2023', 'date'],
    ['Updated 14 November 2023 at 15:15 Cairo', 'date'],
    ['٢٠٢٣/١١/١٤', 'date'],
    ['مشاركة', 'share'],
    ['اضف تعليقاً واقرأ تعليقات القراء', 'share'],
    ['تابعونا على فيسبوك وتويتر', 'share'],
    ['Share this article', 'share'],
    ['Share', 'share'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'share'],
    ['العودة للأعلى', 'back-to-top'],
    ['Back to top', 'back-to-top'],
    ['↑', 'back-to-top'],
    ['© 2023 اليوم السابع. جميع الحقوق محفوظة', 'copyright'],
    ['جميع الحقوق محفوظة لموقع الخبر 2023', 'copyright'],
    ['Copyright 2023 The Associated Press. All rights reserved.', 'copyright'],
    ['تصوير: أحمد حسن', 'credit'],
    ['Photo: AFP', 'credit'],
    ['(Reporting by Jane Doe; Editing by John Roe)', 'credit'],
    ['المصدر: أ ش أ', 'source'],
    ['Source: Reuters', 'source'],
  ])('"%s" is %s', (line, kind) => {
    expect(lineDebris(line)).toBe(kind);
  });

  it.each([
    ['a paragraph that mentions بمشاركة', 'انطلقت اليوم فعاليات المؤتمر بمشاركة 30 دولة.'],
    ['a paragraph with a date in it', 'وقعت الحادثة يوم الثلاثاء 14 نوفمبر 2023 في الساعة الثالثة.'],
    ['a one-sentence paragraph', 'مشاركة واسعة في الانتخابات.'],
    ['a paragraph that starts with Published', 'Published today, the report found 3 new cases.'],
    ['a paragraph on photography', 'Photos show the damage to the hospital after the strike.'],
    ['a paragraph on copyright law', 'The court ruled on a copyright case brought by 3 authors.'],
    ['a number alone', '2023'],
    ['a paragraph quoting a source', 'وقال المصدر إن المفاوضات ستستأنف غدا.'],
    ['a long paragraph', `مشاركة ${'كلمة '.repeat(100)}`],
  ])('keeps %s', (_, line) => {
    expect(lineDebris(line)).toBeNull();
  });

  it('reads the agency or outlet a source line names', () => {
    expect(sourceOf('المصدر: أ ش أ')).toBe('أ ش أ');
    expect(sourceOf('Source: Reuters.')).toBe('Reuters');
    expect(sourceOf('المصدر الرئيسي للدخل هو السياحة')).toBeNull();
  });

  it('tells date lines from sentences', () => {
    expect(isDateLine('الأحد 5 مارس 2024')).toBe(true);
    expect(isDateLine('5 شهداء في قصف على غزة')).toBe(false);
  });
});

describe('breadcrumbs and widget headings', () => {
  it('reads a breadcrumb above the title, and below it only from the home page', () => {
    expect(isBreadcrumb('الرئيسية > أخبار مصر', true)).toBe(true);
    expect(isBreadcrumb('أخبار مصر › سياسة', true)).toBe(true);
    expect(isBreadcrumb('Home / World / Middle East', false)).toBe(true);
    expect(isBreadcrumb('أخبار مصر › سياسة', false)).toBe(false);
  });

  it('does not take markup or a fraction in a headline for a trail', () => {
    expect(isBreadcrumb('خبر <script>alert(1)</script> عن <b>الاقتصاد</b>', true)).toBe(false);
    expect(isBreadcrumb('ارتفاع التضخم إلى 1/2 نقطة', true)).toBe(false);
  });

  it('does not take a quoted headline for a breadcrumb', () => {
    expect(isBreadcrumb('السيسي: «مصر لن تتخلى عن غزة»', true)).toBe(false);
    expect(isBreadcrumb('الرئيس يستقبل وزير الخارجية الأمريكي في القاهرة', true)).toBe(false);
  });

  it('knows the widget headings in both languages', () => {
    expect(isWidgetHeading('الأكثر قراءة')).toBe(true);
    expect(isWidgetHeading('الأكثر مشاهدة')).toBe(true);
    expect(isWidgetHeading('Most read')).toBe(true);
    expect(isWidgetHeading('الأكثر قراءة في مصر هذا العام كتب التاريخ')).toBe(false);
  });
});
