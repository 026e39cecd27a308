#!/usr/bin/env node
/**
 * Writes a folder of small, distinct Arabic story files for the batch import: its tests, and the
 * memory check of `npm run import` on 10,000 stories (README, "Batch import").
 *
 *   node scripts/generate-stories.js DIR [COUNT=100]
 *
 * Deterministic: story i is the same every time. Every fifth story lists two earlier ones in an
 * «اقرأ أيضاً» list, so imports also resolve related links.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const SUBJECTS = ['وزير الخارجية', 'محافظ القاهرة', 'وزيرة التخطيط', 'رئيس الوزراء', 'وزير الري', 'محافظ الإسكندرية', 'وزير الصحة', 'رئيس البرلمان'];
const VERBS = ['يبحث', 'يتفقد', 'يفتتح', 'يناقش', 'يستقبل', 'يتابع', 'يعلن', 'يشهد'];
const PLACES = ['الفيوم', 'أسوان', 'المنيا', 'سوهاج', 'دمياط', 'بورسعيد', 'الأقصر', 'قنا', 'طنطا', 'المنصورة'];
const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';

// Made-up words, far apart in spelling (no two are spelling variants of each other), so that each
// story has its own headline and its own lead, as real stories do: otherwise near-identical texts
// would rightly be taken as corrections of one another.
const WORDS = Array.from({ length: 600 }, (_, n) => {
  const a = LETTERS[n % LETTERS.length];
  const b = LETTERS[Math.floor(n / LETTERS.length) % LETTERS.length];
  const c = LETTERS[(n * 7 + 3) % LETTERS.length];
  return `${a}${b}ا${c}${a}${b}`;
});

// A small deterministic generator (mulberry32): story i always gets the same words.
const random = (seed) => () => {
  let t = (seed += 0x6d2b79f5);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const wordsOf = (i, salt, count) => {
  const next = random(i * 31 + salt);
  return Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]);
};
const pick = (list, i, salt) => list[Math.floor(random(i * 17 + salt)() * list.length)];

const headlineOf = (i) =>
  `${pick(SUBJECTS, i, 1)} ${pick(VERBS, i, 2)} ${wordsOf(i, 3, 3).join(' ')} في ${pick(PLACES, i, 4)}`;

/** Story i's first paragraph: words of its own, so that no two stories read as one. */
const leadOf = (i) => `${wordsOf(i, 5, 14).join(' ')}، في محافظة ${pick(PLACES, i, 4)}.`;

const storyOf = (i) => {
  const lines = [
    headlineOf(i),
    '',
    leadOf(i),
    `${wordsOf(i, 6, 10).join(' ')}.`,
  ];
  if (i % 5 === 4) lines.push('اقرأ أيضاً:', headlineOf(i - 1), headlineOf(i - 3));
  lines.push(`${wordsOf(i, 7, 8).join(' ')}.`);
  return `${lines.join('\n')}\n`;
};

/** Writes `count` stories as DIR/story-00001.txt…; returns their file names. */
const writeStoryFolder = (dir, count) => {
  fs.mkdirSync(dir, { recursive: true });
  const width = String(count).length;
  const files = [];
  for (let i = 0; i < count; i += 1) {
    const file = path.join(dir, `story-${String(i + 1).padStart(width, '0')}.txt`);
    fs.writeFileSync(file, storyOf(i));
    files.push(file);
  }
  return files;
};

if (require.main === module) {
  const [dir, count = '100'] = process.argv.slice(2);
  if (!dir) {
    console.error('Usage: node scripts/generate-stories.js DIR [COUNT]');
    process.exit(2);
  }
  writeStoryFolder(dir, Number(count));
  console.log(`Wrote ${count} stories to ${dir}.`);
}

module.exports = { headlineOf, leadOf, storyOf, writeStoryFolder };
