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
const OBJECTS = ['مشروعات', 'خطة', 'مبادرة', 'محطة', 'مستشفى', 'مدرسة', 'طريق', 'جسر', 'مصنع', 'سوق'];
const PLACES = ['الفيوم', 'أسوان', 'المنيا', 'سوهاج', 'دمياط', 'بورسعيد', 'الأقصر', 'قنا', 'طنطا', 'المنصورة'];
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

// A made-up place name per story keeps headlines apart, as real headlines are.
const nameOf = (i) => {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / LETTERS.length)) name += LETTERS[n % LETTERS.length];
  return `${name}ان`;
};

const pick = (list, i, salt) => list[(i * 7 + salt * 13 + Math.floor(i / list.length)) % list.length];

const headlineOf = (i) =>
  `${pick(SUBJECTS, i, 1)} ${pick(VERBS, i, 2)} ${pick(OBJECTS, i, 3)} ${nameOf(i)} في ${pick(PLACES, i, 4)}`;

const storyOf = (i) => {
  const lines = [
    headlineOf(i),
    '',
    `أعلن ${pick(SUBJECTS, i, 1)} اليوم عن ${pick(OBJECTS, i, 3)} ${nameOf(i)} في محافظة ${pick(PLACES, i, 4)}، ضمن خطة التنمية.`,
    'وأكد أن العمل يجري وفق الجدول الزمني المحدد، بمشاركة الجهات المعنية.',
  ];
  if (i % 5 === 4) lines.push('اقرأ أيضاً:', headlineOf(i - 1), headlineOf(i - 3));
  lines.push('وأشار إلى أن المرحلة التالية تبدأ خلال الأشهر المقبلة.');
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

module.exports = { headlineOf, storyOf, writeStoryFolder };
