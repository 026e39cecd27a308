import newsImport from './news-import';

export default { 'news-import': newsImport };
