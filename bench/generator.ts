/**
 * Seeded synthetic archives: Arabic-looking headlines from a Zipf-like vocabulary, stories that cite
 * them in a "read also" list, and labelled related lists (exact, variant, decoy, absent).
 *
 * Same seed, same archive, on any machine: figures from two runs compare the code, not the data.
 * Words are made of Arabic letters with the lengths of news Arabic (3 to 9 letters, about a third
 * with the article `ال`); the most frequent ones are real country, city and newsroom words, so that
 * `غزة` or `مصر` sit in a fifth of all headlines, as they do on an Egyptian news site.
 */

/** mulberry32: small, fast and good enough to shuffle test data reproducibly. */
export const rng = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
export type Random = ReturnType<typeof rng>;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

// Ranked first: the words every desk prints daily.
const COMMON = `مصر غزة إسرائيل السودان لبنان سوريا القاهرة الرئيس وزير الخارجية الحكومة الاحتلال مجلس الأمن
  الدولي الأمم المتحدة الجيش رئيس الوزراء العراق اليمن ليبيا الأردن السعودية الإمارات قطر تركيا إيران
  واشنطن موسكو أوكرانيا روسيا الصين الفلسطينية القدس الضفة رفح البرلمان النواب الاقتصاد البنك المركزي
  الدولار أسعار الذهب النفط الانتخابات المفاوضات الهدنة وقف إطلاق النار قصف شهيدا مقتل إصابة اجتماع يبحث
  يلتقي يستقبل يؤكد يعلن تعاون العلاقات الثنائية القمة العربية الجامعة الإسكندرية الجيزة الأقصر أسوان`
  .split(/\s+/)
  .filter(Boolean);
// Prepositions and conjunctions: in every headline, never indexed (see matching/score.ts).
const STOP = ['في', 'من', 'على', 'مع', 'عن', 'إلى', 'بعد', 'خلال', 'بين'];
const CONSONANTS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي'.split('');
const LONG_VOWELS = ['ا', 'و', 'ي'];

/** A made-up word: consonants with an occasional long vowel, 3 to 9 letters. */
const makeWord = (random: Random): string => {
  const length = 3 + Math.min(6, Math.floor(-Math.log(1 - random()) * 2));
  let word = '';
  while (word.length < length) {
    word += pick(random, CONSONANTS);
    if (word.length < length && random() < 0.3) word += pick(random, LONG_VOWELS);
  }
  return random() < 0.3 ? `ال${word}` : word;
};

export type Vocabulary = { words: string[]; cdf: Float64Array; fresh: () => string };

/**
 * `size` words ranked by frequency, Zipf-Mandelbrot (p ∝ 1 / (rank + 2.7)): the first word is in
 * about 2.5% of the words printed, so in about a fifth of all 10-word headlines.
 */
export const vocabulary = (random: Random, size = 50000): Vocabulary => {
  const seen = new Set<string>(COMMON);
  const words = [...COMMON];
  while (words.length < size) {
    const word = makeWord(random);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cdf = new Float64Array(size);
  let total = 0;
  for (let r = 0; r < size; r += 1) cdf[r] = total += 1 / (r + 1 + 2.7);
  for (let r = 0; r < size; r += 1) cdf[r] /= total;
  // Words of no headline in the archive: the "absent" ones.
  const fresh = () => {
    for (;;) {
      const word = makeWord(random);
      if (!seen.has(word)) return word;
    }
  };
  return { words, cdf, fresh };
};

const zipfWord = (random: Random, vocab: Vocabulary): string => {
  const u = random();
  let lo = 0;
  let hi = vocab.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab.cdf[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return vocab.words[lo];
};

/** An 8-14-word headline, no word twice, a stop word now and then. */
export const headline = (random: Random, vocab: Vocabulary): string => {
  const length = 8 + Math.floor(random() * 7);
  const words: string[] = [];
  while (words.length < length) {
    if (words.length > 0 && random() < 0.15) words.push(pick(random, STOP));
    else {
      const word = zipfWord(random, vocab);
      if (!words.includes(word)) words.push(word);
    }
  }
  return words.join(' ');
};

const contentIndexes = (words: string[]) => words.flatMap((word, i) => (STOP.includes(word) ? [] : [i]));

export type LabelledHeadline = {
  kind: 'exact' | 'variant' | 'decoy' | 'absent';
  headline: string;
  /** Index of the archive article the headline names, or null when it names none. */
  target: number | null;
};

/**
 * A 12-headline "read also" list over an archive of `titles`: 4 exact titles, 3 variants (a word
 * dropped, diacritics and tatweel added, a word added), 3 decoys (two words of a real title
 * swapped for others; ten of the most common words) and 2 headlines of words no title has.
 */
export const relatedList = (random: Random, vocab: Vocabulary, titles: (i: number) => string, size: number) => {
  const any = () => Math.floor(random() * size);
  const list: LabelledHeadline[] = [];
  for (let i = 0; i < 4; i += 1) {
    const target = any();
    list.push({ kind: 'exact', headline: titles(target), target });
  }
  const variants: Array<(words: string[]) => string[]> = [
    (words) => {
      const drop = pick(random, contentIndexes(words));
      return words.filter((_, i) => i !== drop);
    },
    (words) => words.map((word, i) => (i === 0 ? `${word[0]}ـ${word.slice(1)}` : i === 1 ? `${word}َ` : word)),
    (words) => [...words, vocab.fresh()],
  ];
  for (const change of variants) {
    const target = any();
    list.push({ kind: 'variant', headline: change(titles(target).split(' ')).join(' '), target });
  }
  for (let i = 0; i < 2; i += 1) {
    const words = titles(any()).split(' ');
    const content = contentIndexes(words);
    const first = pick(random, content);
    const second = pick(random, content.filter((index) => index !== first).concat(first));
    words[first] = vocab.fresh();
    words[second] = vocab.fresh();
    list.push({ kind: 'decoy', headline: words.join(' '), target: null });
  }
  const common = new Set<string>();
  while (common.size < 10) common.add(vocab.words[Math.floor(random() * 40)]);
  list.push({ kind: 'decoy', headline: [...common].join(' '), target: null });
  for (let i = 0; i < 2; i += 1) {
    const words = Array.from({ length: 9 }, () => vocab.fresh());
    list.push({ kind: 'absent', headline: words.join(' '), target: null });
  }
  return list;
};

const OFFICIAL_LINES = [
  'وقال الرئيس عبد الفتاح السيسي إن',
  'وأكد وزير الخارجية سامح شكري أن',
  'من جانبه، قال وزير الخارجية الأمريكي أنتوني بلينكن إن',
];

/** A story as an editor pastes it: headline, paragraphs, and a "read also" list. */
export const storyText = (random: Random, vocab: Vocabulary, title: string, related: string[]): string => {
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 3) }, (_, i) => {
    const words = Array.from({ length: 25 + Math.floor(random() * 15) }, () => zipfWord(random, vocab));
    const lead = i === 1 ? `${pick(random, OFFICIAL_LINES)} ` : '';
    return `${lead}${words.join(' ')}.`;
  });
  const list = related.length > 0 ? ['', 'اقرأ أيضاً:', ...related] : [];
  return [title, '', ...paragraphs.flatMap((paragraph) => [paragraph, '']), ...list].join('\n');
};
