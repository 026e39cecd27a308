/**
 * A hand-labelled set of pasted stories for the dateline, byline and debris steps: each text with
 * what an editor would say its byline, dateline, agency and debris lines are. Written for this
 * measure, not for the unit tests; it includes hard cases that the recognisers get wrong on purpose,
 * so the precision and recall it reports are honest numbers, not 1.0 by construction.
 */
export type Labelled = {
  text: string;
  byline: string | null;
  dateline: string | null;
  agency: string | null;
  /** Every line that is web-page debris, as printed. */
  debris: string[];
};

const T = 'وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في غزة';
const E = 'Egypt and Jordan discuss the situation in Gaza';
const P = 'وأكد الجانبان ضرورة الوقف الفوري لإطلاق النار.';
const EP = 'Both ministers called for an immediate ceasefire.';
const lines = (...all: string[]) => all.join('\n');
const plain = (text: string): Labelled => ({ text, byline: null, dateline: null, agency: null, debris: [] });

export const LABELLED: Labelled[] = [
  { text: lines(T, 'القاهرة (أ ش أ) - التقى الوزير نظيره.', P), byline: null, dateline: 'القاهرة', agency: 'أ ش أ', debris: [] },
  { text: lines(T, 'القاهرة - أ ش أ: التقى الوزير نظيره.', P), byline: null, dateline: 'القاهرة', agency: 'أ ش أ', debris: [] },
  { text: lines(T, 'واشنطن، 3 مارس (رويترز) - قال البيت الأبيض إن الاجتماع مثمر.', P), byline: null, dateline: 'واشنطن', agency: 'رويترز', debris: [] },
  { text: lines(T, 'غزة - (الأناضول) استشهد 5 فلسطينيين في قصف.', P), byline: null, dateline: 'غزة', agency: 'الأناضول', debris: [] },
  { text: lines(E, 'CAIRO (Reuters) - Egypt said on Tuesday it would host talks.', EP), byline: null, dateline: 'CAIRO', agency: 'Reuters', debris: [] },
  { text: lines(E, 'GAZA, March 3 (AP) — Israeli strikes killed 12 people.', EP), byline: null, dateline: 'GAZA', agency: 'AP', debris: [] },
  { text: lines(T, 'كتب: أحمد علي', 'التقى الوزير نظيره اليوم.', P), byline: 'أحمد علي', dateline: null, agency: null, debris: [] },
  { text: lines(T, 'كتبت - فاطمة حسن', 'التقى الوزير نظيره اليوم.', P), byline: 'فاطمة حسن', dateline: null, agency: null, debris: [] },
  { text: lines(T, 'كتب محمود السيد', 'التقى الوزير نظيره اليوم.'), byline: 'محمود السيد', dateline: null, agency: null, debris: [] },
  { text: lines(T, 'بقلم: د. هالة مصطفى', 'مقال عن العلاقات المصرية الأردنية.'), byline: 'د. هالة مصطفى', dateline: null, agency: null, debris: [] },
  { text: lines(T, 'كتب – أحمد علي ومحمد حسن', 'التقى الوزير نظيره.'), byline: 'أحمد علي ومحمد حسن', dateline: null, agency: null, debris: [] },
  { text: lines(E, 'By Jane Doe', 'CAIRO (AFP) - The ministers met.', EP), byline: 'Jane Doe', dateline: 'CAIRO', agency: 'AFP', debris: [] },
  { text: lines(E, 'By Jane Doe and John Roe', 'The ministers met on Sunday.'), byline: 'Jane Doe and John Roe', dateline: null, agency: null, debris: [] },
  {
    text: lines('الرئيسية > أخبار مصر', 'الثلاثاء، 14 نوفمبر 2023 03:15 م', T, 'مشاركة', 'التقى الوزير نظيره.', 'اضف تعليقاً واقرأ تعليقات القراء'),
    byline: null, dateline: null, agency: null,
    debris: ['الرئيسية > أخبار مصر', 'الثلاثاء، 14 نوفمبر 2023 03:15 م', 'مشاركة', 'اضف تعليقاً واقرأ تعليقات القراء'],
  },
  {
    text: lines(T, 'الوزيران خلال اللقاء', 'الوزيران خلال اللقاء', 'التقى الوزير نظيره.', 'الأكثر قراءة', 'الأهلي يفوز على الزمالك', 'ارتفاع أسعار الذهب'),
    byline: null, dateline: null, agency: null,
    debris: ['الوزيران خلال اللقاء', 'الوزيران خلال اللقاء', 'الأكثر قراءة', 'الأهلي يفوز على الزمالك', 'ارتفاع أسعار الذهب'],
  },
  {
    text: lines(E, 'Updated 3:15 PM GMT, November 14, 2023', 'The ministers met.', 'Share this article', 'Our Standards: The Thomson Reuters Trust Principles.'),
    byline: null, dateline: null, agency: null,
    debris: ['Updated 3:15 PM GMT, November 14, 2023', 'Share this article', 'Our Standards: The Thomson Reuters Trust Principles.'],
  },
  {
    text: lines(T, 'التقى الوزير نظيره.', 'المصدر: رويترز', 'العودة للأعلى', '© 2023 جميع الحقوق محفوظة'),
    byline: null, dateline: null, agency: 'رويترز',
    debris: ['المصدر: رويترز', 'العودة للأعلى', '© 2023 جميع الحقوق محفوظة'],
  },
  {
    text: lines(T, 'تصوير: أحمد حسن', 'التقى الوزير نظيره.', 'تابعونا على فيسبوك وتويتر'),
    byline: null, dateline: null, agency: null, debris: ['تصوير: أحمد حسن', 'تابعونا على فيسبوك وتويتر'],
  },
  {
    text: lines(E, 'The ministers met.', '(Reporting by Jane Doe; Editing by John Roe)', 'Most read', 'Oil prices rise', 'Back to top'),
    byline: null, dateline: null, agency: null,
    debris: ['(Reporting by Jane Doe; Editing by John Roe)', 'Most read', 'Oil prices rise', 'Back to top'],
  },
  {
    text: lines('14/11/2023 - 3:15 PM', T, 'كتب: سارة محمود', 'الرياض (واس) - وصل الوزير.', 'اقرأ أيضاً', 'مصر والأردن تبحثان التعاون', 'مشاركة'),
    byline: 'سارة محمود', dateline: 'الرياض', agency: 'واس', debris: ['14/11/2023 - 3:15 PM', 'مشاركة'],
  },
  // Near misses: nothing to find.
  plain(lines(T, 'القاهرة - شهدت العاصمة اليوم أمطارا غزيرة.', P)),
  plain(lines(T, 'القاهرة - قال الوزير: إن الخطة جاهزة.', P)),
  plain(lines(T, 'مشاركة واسعة في الانتخابات.', P)),
  plain(lines(T, 'انطلقت فعاليات المؤتمر بمشاركة 30 دولة.', P)),
  plain(lines(T, 'وقعت الحادثة يوم الثلاثاء 14 نوفمبر 2023.', P)),
  plain(lines(E, 'By late afternoon, the crowd had grown to thousands.', EP)),
  plain(lines(T, 'كتب الرئيس رسالة إلى نظيره الأمريكي', P)),
  plain(lines(E, 'Published today, the report found 3 new cases.', EP)),
  plain(lines(T, 'وقال المصدر إن المفاوضات ستستأنف غدا.', P)),
  plain(lines(T, 'الحكومة (التي تشكلت أمس) - ستعلن خطتها.', P)),
  // Hard cases the recognisers are known to miss or get wrong (kept to keep the numbers honest).
  { text: lines(T, 'القاهرة في 3 مارس (أ ش أ) - التقى الوزير نظيره.', P), byline: null, dateline: 'القاهرة', agency: 'أ ش أ', debris: [] },
  { text: lines(T, 'التقى الوزير نظيره.', P, 'كتب: أحمد علي'), byline: 'أحمد علي', dateline: null, agency: null, debris: [] },
  { text: lines(T, 'التقى الوزير نظيره.', 'منذ ساعتين'), byline: null, dateline: null, agency: null, debris: ['منذ ساعتين'] },
  { text: lines(T, 'كتب أحمد مقالا مهما عن الأزمة', P), byline: null, dateline: null, agency: null, debris: [] },
];
