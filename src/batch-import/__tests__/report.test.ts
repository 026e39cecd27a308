import { PassThrough } from 'node:stream';

import { reporterFor, summaryTable } from '../report';
import { emptyTally, type Tally } from '../run';

const output = (isTTY: boolean) => {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 120 });
  let text = '';
  stream.on('data', (chunk) => (text += chunk.toString()));
  return { stream, text: () => text };
};

const tallyOf = (counts: Partial<Tally>): Tally => ({ ...emptyTally(), ...counts });

describe('batch output', () => {
  it('prints one plain line per file when the output is not a terminal', () => {
    const out = output(false);
    const reporter = reporterFor(out.stream);
    reporter.start(12);
    reporter.file({ file: 'in/a.txt', status: 'imported', documentId: 'abc' }, 3, tallyOf({ imported: 3 }));
    reporter.file({ file: 'in/b.txt', status: 'failed', reason: 'The story text is empty.' }, 10, tallyOf({}));
    reporter.stop();
    expect(out.text()).toBe(
      'Importing 12 files.\n' +
        '[ 3/12] imported   in/a.txt  article abc\n' +
        '[10/12] failed     in/b.txt  The story text is empty.\n'
    );
  });

  it('draws a progress bar with the counts on a terminal', () => {
    const out = output(true);
    const reporter = reporterFor(out.stream);
    reporter.start(3);
    reporter.file({ file: 'a.txt', status: 'imported', documentId: 'x' }, 1, tallyOf({ imported: 1 }));
    reporter.file({ file: 'b.txt', status: 'duplicate', documentId: 'y' }, 2, tallyOf({ imported: 1, duplicate: 1 }));
    reporter.stop();
    expect(out.text()).toContain('2/3 files | 1 new, 0 updated, 1 already in, 0 failed');
    expect(out.text()).not.toContain('a.txt');
  });

  it('sums up the counts and names each failed file with its reason', () => {
    const table = summaryTable(
      tallyOf({
        imported: 8,
        updated: 1,
        duplicate: 12,
        failed: 2,
        failures: [
          { file: 'stories/empty.txt', reason: 'The story text is empty.' },
          { file: 'stories/x.txt', reason: 'The story has no title: its first line has no words.' },
        ],
      })
    );
    expect(table).toBe(
      [
        '',
        'Summary',
        '  imported    8',
        '  updated     1',
        '  duplicate  12',
        '  failed      2',
        '  total      23',
        '',
        '  failed file        reason',
        '  stories/empty.txt  The story text is empty.',
        '  stories/x.txt      The story has no title: its first line has no words.',
        '',
      ].join('\n')
    );
  });

  it('prints no failure table when nothing failed', () => {
    expect(summaryTable(tallyOf({ imported: 2 }))).not.toContain('reason');
  });
});
