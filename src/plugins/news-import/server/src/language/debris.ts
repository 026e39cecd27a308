/**
 * Web-page debris: the lines a story copied from a web page carries that are not the story. Each
 * test looks at one line as a whole, and only at lines of at most `DEBRIS_MAX_LENGTH` characters
 * (page furniture is short), so a real paragraph that merely mentions `بمشاركة`, a date or
 * `Share` is never touched and no regex sees unbounded input.
 *
 * Lines are compared by match key (hamza, tanween, case and punctuation do not matter). What needs
 * the line's neighbours (a caption pasted twice, a "most read" block, a breadcrumb above the title)
 * is decided by the parser, with the predicates below.
 */
import { keyTokens, matchKey } from './normalize';
import type { DebrisKind } from './types';

export const DEBRIS_MAX_LENGTH = 160;

const keys = (phrases: string): ReadonlySet<string> =>
  new Set(phrases.split('\n').map((phrase) => matchKey(phrase)).filter(Boolean));

// Buttons and prompts that make up a whole line.
const SHARE = keys(`مشاركة
شارك
شارك الخبر
شارك هذا الخبر
مشاركة الخبر
اضف تعليقاً واقرأ تعليقات القراء
أضف تعليق
أضف تعليقك
التعليقات
تعليقات
طباعة
إرسال
نسخ الرابط
فيسبوك
تويتر
واتساب
واتس اب
تليجرام
إعلان
حفظ
استمع
Share
Share this
Share this article
Share this story
Tweet
Email
Print
Comments
Facebook
Twitter
WhatsApp
Telegram
LinkedIn
Copy link
Save
Listen
Listen to this article
Advertisement
Scroll to continue
Our Standards
Our Standards: The Thomson Reuters Trust Principles.
Sign up here.`);

const BACK_TO_TOP = keys(`العودة للأعلى
العودة إلى الأعلى
عودة للأعلى
للأعلى
أعلى الصفحة
Back to top
Top`);

// A line starting with one of these (as words) is a prompt: `تابعونا على فيسبوك وتويتر`.
const SHARE_PREFIXES = ['تابعونا على', 'تابعنا على', 'تابعوا', 'Follow us on', 'Follow us', 'Sign up for', 'Our Standards'].map(matchKey);
// Phrases specific enough to mark a copyright line wherever they sit in it; `copyright` only as its first word.
const COPYRIGHT_PHRASES = ['جميع الحقوق محفوظة', 'حقوق النشر محفوظة', 'all rights reserved'].map(matchKey);
const COPYRIGHT_LEADS = ['copyright', 'حقوق النشر'].map(matchKey);
// Credits name a photographer or an editor after a colon: `تصوير: أحمد`, `Photo: AFP`, `Editing by Jane`.
// `\b` is ASCII-only in JavaScript, so word ends are spelled out as a lookahead.
const CREDIT = /^\(?(?:تصوير|تصميم|جرافيك|إنفوجراف|مونتاج|photo|photos|image|picture|graphic|credit|editing by|reporting by|writing by|additional reporting by)(?=[\s:\uFF1A\-–—])\s*[:\uFF1A\-–—]?\s*\S/iu;
const CREDIT_NEEDS_COLON = /^(?:تصوير|تصميم|جرافيك|إنفوجراف|مونتاج|photo|photos|image|picture|graphic|credit)/iu;
const COLON_SOON = /^[^:\uFF1A]{1,20}[:\uFF1A]/u;
const SOURCE = /^(?:المصدر|مصدر الخبر|Source)\s*[:\uFF1A\-–—]\s*(.{1,80})$/iu;

// A date line names a weekday or a month, or writes a date or time with digits (`14/11/2023`, `3:15`).
const CALENDAR_WORDS = keys(
  [
    'الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت',
    'يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
    'كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين',
    'sunday monday tuesday wednesday thursday friday saturday sun mon tue wed thu fri sat',
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
  ]
    .join(' ')
    .split(/\s+/)
    .join('\n')
);
// The other words a date-time line may hold besides numbers.
const TIME_WORDS = keys(
  [
    'الثاني الأول ص م صباحا مساء مساءً ظهرا بتوقيت القاهرة مكة غرينتش جرينتش',
    'آخر تحديث نشر في بتاريخ منذ ساعة ساعات ساعتين دقيقة دقائق يوم أيام هـ',
    'am pm gmt utc est edt cet updated published posted last on at ago hour hours minute minutes min mins day days',
  ]
    .join(' ')
    .split(/\s+/)
    .join('\n')
);
const DIGIT_DATE = /[0-9\u0660-\u0669\u06F0-\u06F9]{1,4}\s*[:/.\-]\s*[0-9\u0660-\u0669\u06F0-\u06F9]{1,4}/u;
const NUMBER = /^\d+$/;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
// `Updated 14 November 2023 at 15:15 Cairo`: a time stamp that names a place or zone too.
const STAMP_LEAD = /^(?:updated|published|last updated|آخر تحديث|تاريخ النشر|نشر في)(?=[\s:])/iu;

const WIDGET_HEADINGS = keys(`الأكثر قراءة
الأكثر قراءة اليوم
الأكثر مشاهدة
الأكثر تداولا
الأكثر تعليقا
الأكثر شعبية
الأكثر تداولاً
الأخبار الأكثر قراءة
آخر الأخبار
أخبار عاجلة
قد يعجبك أيضا
قد يهمك أيضا
موضوعات مقترحة
اخترنا لك
Most read
Most popular
Most viewed
Most shared
Trending
Trending now
Latest news
Recommended
Recommended for you
You may also like
More from this section`);

const HOME_WORDS = keys(`الرئيسية
الصفحة الرئيسية
Home`);
// `>` `›` `»` `/` between short segments. `»` only when no `«` opens a quote on the line.
// Spaced on both sides, as trails print them: `</b>` or `1/2` in a headline is no separator.
const CRUMB_SEPARATOR = /\s+[>›»\/|]\s+/u;
const CRUMB_MAX_WORDS = 4;

const startsWithWords = (key: string, prefix: string): boolean => key === prefix || key.startsWith(`${prefix} `);

/** A line made only of date and time words and numbers: `الثلاثاء، 14 نوفمبر 2023 03:15 م`, `14/11/2023 - 3:15 PM`. */
export const isDateLine = (line: string): boolean => {
  if (line.length > DEBRIS_MAX_LENGTH) return false;
  const tokens = keyTokens(matchKey(line));
  if (tokens.length < 2 || tokens.length > 16) return false;
  if (!tokens.every((token) => NUMBER.test(token) || CALENDAR_WORDS.has(token) || TIME_WORDS.has(token))) return false;
  // `5 في` is a (short) headline: numbers and small words make a date only with a month or a digit date.
  return (
    tokens.some((token) => NUMBER.test(token)) &&
    (tokens.some((token) => CALENDAR_WORDS.has(token)) || DIGIT_DATE.test(line))
  );
};

/** The text a closing `المصدر: …` / `Source: …` line names, or `null`. */
export const sourceOf = (line: string): string | null => {
  if (line.length > DEBRIS_MAX_LENGTH) return null;
  const source = SOURCE.exec(line);
  return source ? source[1].trim().replace(/[.]$/, '') : null;
};

/** `الرئيسية > أخبار مصر > سياسة`. Above the title any such trail is one; below, it must start at home. */
export const isBreadcrumb = (line: string, aboveTitle: boolean): boolean => {
  if (line.length > DEBRIS_MAX_LENGTH) return false;
  if (line.includes('«') && !/[>›\/|]/.test(line)) return false;
  const segments = line.split(CRUMB_SEPARATOR).map(matchKey).filter(Boolean);
  if (segments.length < 2 || segments.some((segment) => keyTokens(segment).length > CRUMB_MAX_WORDS)) return false;
  return aboveTitle || HOME_WORDS.has(segments[0]);
};

/** A "most read" / "Trending" heading: the lines under it are a widget, not related stories. */
export const isWidgetHeading = (line: string): boolean =>
  line.length <= DEBRIS_MAX_LENGTH && WIDGET_HEADINGS.has(matchKey(line));

/** What kind of debris a line is on its own, wherever it stands, or `null` for a line of the story. */
export const lineDebris = (line: string): DebrisKind | null => {
  if (line.length > DEBRIS_MAX_LENGTH) return null;
  const key = matchKey(line);
  if (key === '') return /^[↑⬆▲^]+$/u.test(line) ? 'back-to-top' : null;
  if (SHARE.has(key) || SHARE_PREFIXES.some((prefix) => startsWithWords(key, prefix))) return 'share';
  if (BACK_TO_TOP.has(key)) return 'back-to-top';
  const copyright =
    line.startsWith('©') ||
    COPYRIGHT_PHRASES.some((phrase) => key.includes(phrase)) ||
    COPYRIGHT_LEADS.some((lead) => startsWithWords(key, lead));
  if (copyright) {
    return keyTokens(key).length <= 16 ? 'copyright' : null;
  }
  // `Photos show …` and `Reporting by the ministry continued.` are prose: a picture credit needs its
  // colon, a wire credit its brackets or no full stop.
  const credit = CREDIT_NEEDS_COLON.test(line) ? COLON_SOON.test(line) : line.startsWith('(') || !line.endsWith('.');
  if (CREDIT.test(line) && credit) return 'credit';
  if (sourceOf(line) !== null) return 'source';
  // `Published today, the report found 3 …` is prose: a stamp is short and has no full stop.
  const stamp = STAMP_LEAD.test(line) && DIGIT.test(line) && !line.endsWith('.') && keyTokens(key).length <= 12;
  if (stamp || isDateLine(line)) return 'date';
  return null;
};
