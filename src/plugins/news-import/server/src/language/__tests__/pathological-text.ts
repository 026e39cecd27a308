/**
 * Text shapes that once made one request hold the server for minutes (issue 7): long runs of
 * invisible marks, spaces or punctuation inside a line, words of nothing but clitic letters,
 * and a story's worth of tiny lines, markers, headlines or would-be names. Each takes a length in
 * characters (roughly) so that a test can compare n with 4n. Shared by the language timing test
 * and the HTTP limits test.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const TITLE = 'عنوان الخبر\n';
const LETTERS = 'بتثجحخدذرزسشصضطظعغفقمنهي';

/** A distinct word of Arabic letters for every i: names no gazetteer holds. */
const distinctWord = (i: number): string => {
  let word = 'س';
  let rest = i;
  do {
    word += LETTERS[rest % LETTERS.length];
    rest = Math.floor(rest / LETTERS.length);
  } while (rest > 0);
  return word;
};

const within = (n: number, unit: number): number => Math.max(1, Math.floor(n / unit));

/** One line: a letter, a run of `mark`, a space and a letter (the shape of the 157-second request). */
const run = (mark: string) => (n: number) => `${TITLE}ا${mark.repeat(n)} ب`;

export const PATHOLOGICAL_SHAPES: Record<string, (n: number) => string> = {
  'a run of RLM marks': run('\u200f'),
  'a run of BOMs': run('\uFEFF'),
  'a run of NBSPs': run('\u00a0'),
  'a run of spaces': run(' '),
  'a run of bullets': run('•'),
  'a run of quotes': run('"'),
  'a run of Arabic commas': run('،'),
  'a run of full stops': run('.'),
  'a run of one letter': (n) => `${TITLE}${'ب'.repeat(n)}`,
  'a word of clitic letters': (n) => `${TITLE}${'وفبلك'.repeat(within(n, 5))}`,
  'a word of repeated articles': (n) => `${TITLE}${'لل'.repeat(within(n, 2))}`,
  'one-letter lines': (n) => `${TITLE}${'ب\n'.repeat(within(n, 2))}`,
  'marker lines': (n) => `${TITLE}${'اقرأ أيضاً\n'.repeat(within(n, 11))}`,
  'distinct related headlines': (n) =>
    `${TITLE}فقرة.\nاقرأ أيضاً\n${Array.from({ length: within(n, 20) }, (_, i) => `خبر ${distinctWord(i)} عن شيء`).join('\n')}`,
  'distinct proposed names': (n) =>
    `${TITLE}${Array.from({ length: within(n, 24) }, (_, i) => `الرئيس محمد ${distinctWord(i)} قال`).join('\n')}`,
  'a known name on every line': (n) => `${TITLE}${'السيسي\n'.repeat(within(n, 7))}`,
  'spellings of known names': (n) =>
    `${TITLE}${Array.from({ length: within(n, 34) }, (_, i) => `وقال بلينكين و${distinctWord(i)}ين جوتيريس`).join('\n')}`,
  'foreign names after roles': (n) =>
    `${TITLE}${Array.from({ length: within(n, 40) }, (_, i) => `قال رئيس الوزراء الإثيوبي ${distinctWord(i)}ب ${distinctWord(i)}ت إن`).join('\n')}`,
  'given-name chains before roles in one line': (n) => `${TITLE}${'محمد أحمد محمود حسن إبراهيم وزير الري '.repeat(within(n, 38))}`,
  'English appositions in one line': (n) => `${TITLE}${'Ossama Rabie Hassan, chairman of the Suez Canal, '.repeat(within(n, 50))}`,
};

/**
 * The same runs split into lines of at most `lineLength` characters: what passes the line-length
 * cap and still reaches every step of the pipeline.
 */
export const splitIntoLines = (text: string, lineLength: number): string => {
  const [title, ...rest] = text.split('\n');
  const lines = rest.flatMap((line) => {
    const parts: string[] = [];
    for (let i = 0; i < line.length; i += lineLength) parts.push(line.slice(i, i + lineLength));
    return parts;
  });
  return [title, ...lines].join('\n');
};

const SEED_STORY = readFileSync(join(__dirname, '../../../../../../../database/seed/stories/seed-article.ar.txt'), 'utf8');

/**
 * An ordinary story as long as `length` allows: `title`, then the seed story's lines over and over,
 * whole lines only. What a linear pipeline costs per character, to hold a pathological shape
 * against (the language timing test, the HTTP limits test).
 */
export const ordinaryStory = (length: number, title = 'عنوان الخبر'): string => {
  const body = SEED_STORY.split('\n').filter((line) => line.trim() !== '').slice(1);
  const lines = [title];
  for (let i = 0, size = title.length; size + body[i % body.length].length + 1 <= length; i += 1) {
    lines.push(body[i % body.length]);
    size += body[i % body.length].length + 1;
  }
  return lines.join('\n');
};
