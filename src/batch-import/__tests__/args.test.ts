import { parseBatchArgs, UsageError } from '../args';

describe('the import command line', () => {
  it('reads files, folders, the locale and --publish', () => {
    expect(parseBatchArgs(['a.txt', 'b.txt', '--dir', 'in', '--dir', 'more', '--locale', 'en', '--publish'])).toEqual({
      paths: ['a.txt', 'b.txt'],
      dirs: ['in', 'more'],
      locale: 'en',
      publish: true,
      help: false,
    });
  });

  it('imports as drafts into the default locale unless told otherwise', () => {
    expect(parseBatchArgs(['a.txt'])).toMatchObject({ locale: undefined, publish: false });
  });

  it('refuses a command that names no story', () => {
    expect(() => parseBatchArgs(['--publish'])).toThrow(UsageError);
    expect(() => parseBatchArgs(['--publish'])).toThrow('Name at least one story file');
  });

  it('refuses an unknown option and an empty locale', () => {
    expect(() => parseBatchArgs(['a.txt', '--publsh'])).toThrow(UsageError);
    expect(() => parseBatchArgs(['a.txt', '--locale', ' '])).toThrow('--locale needs a locale code.');
  });

  it('asks for nothing else with --help', () => {
    expect(parseBatchArgs(['--help']).help).toBe(true);
  });
});
