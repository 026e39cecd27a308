/**
 * Import story: paste text or drop a .txt file, pick the locale, preview, decide on links and
 * officials, correct the byline, dateline and agency, import as draft or published, then open
 * the article.
 */
import { useEffect, useState } from 'react';

import { Box, Button, Checkbox, Field, Flex, SingleSelect, SingleSelectOption, Textarea, Typography } from '@strapi/design-system';
import { Eye, Upload } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';

import { decisionsOf, emptyChoices, PreviewView, type Choices } from '../components/PreviewView';
import { StoryFieldsForm, storyFieldsOf, storyFieldsRequest, type StoryFields } from '../components/StoryFieldsForm';
import { PERMISSIONS } from '../permissions';
import { useNewsImportApi, type ImportResult, type Locale, type Preview } from '../services/api';
import { useRun } from '../utils/useRun';
import { articleUrl, useT } from '../utils/useT';

const readFile = (file: File) => file.text();

const ImportStory = () => {
  const t = useT();
  const api = useNewsImportApi();
  const { toggleNotification } = useNotification();
  const { busy, run } = useRun();
  const [locales, setLocales] = useState<Locale[]>([]);
  const [locale, setLocale] = useState('');
  const [text, setText] = useState('');
  const [publish, setPublish] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [choices, setChoices] = useState<Choices>(emptyChoices);
  const [fields, setFields] = useState<StoryFields>({ byline: '', dateline: '', agency: '' });
  const [result, setResult] = useState<ImportResult | null>(null);

  useEffect(() => {
    run(api.locales).then((found) => {
      if (!found) return;
      setLocales(found);
      setLocale((current) => current || (found.find((l) => l.isDefault) ?? found[0])?.code || '');
    });
  }, [api, run]);

  const loadFile = async (file: File | undefined) => {
    if (!file) return;
    if (!/\.txt$/i.test(file.name) && file.type !== 'text/plain') {
      toggleNotification({ type: 'warning', message: t('import.notText', { name: file.name }) });
      return;
    }
    setText(await readFile(file));
    setPreview(null);
    setResult(null);
  };

  const showPreview = async () => {
    const found = await run(() => api.preview({ text, locale }));
    if (!found) return;
    setPreview(found);
    setChoices(emptyChoices());
    setFields(storyFieldsOf(found));
    setResult(null);
  };

  const importStory = async () => {
    const imported = await run(() => api.importStory({ text, locale, publish, decisions: decisionsOf(choices), ...storyFieldsRequest(fields) }));
    if (!imported) return;
    setResult(imported);
    toggleNotification({
      type: imported.duplicate ? 'info' : 'success',
      message: imported.duplicate
        ? t('import.duplicate')
        : imported.updated
          ? t('import.updatedDone', { title: imported.article.title })
          : t('import.done', { title: imported.article.title }),
    });
  };

  return (
    <Page.Main>
      <Page.Title>{t('import.title')}</Page.Title>
      <Layouts.Header
        title={t('import.title')}
        subtitle={t('import.subtitle')}
        primaryAction={
          <Button startIcon={<Eye />} onClick={showPreview} loading={busy} disabled={text.trim() === '' || !locale}>
            {t('import.preview')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Field.Root name="text" hint={t('import.textHint')}>
                <Field.Label>{t('import.text')}</Field.Label>
                <Box
                  onDragOver={(event: React.DragEvent) => event.preventDefault()}
                  onDrop={(event: React.DragEvent) => {
                    event.preventDefault();
                    loadFile(event.dataTransfer.files[0]);
                  }}
                >
                  <Textarea
                    dir="auto"
                    value={text}
                    style={{ unicodeBidi: 'plaintext', minHeight: '14rem' }}
                    onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
                  />
                </Box>
                <Field.Hint />
              </Field.Root>
              <Flex gap={4} alignItems="flex-end" wrap="wrap">
                <Button variant="secondary" startIcon={<Upload />} tag="label" htmlFor="news-import-file">
                  {t('import.file')}
                </Button>
                <input
                  id="news-import-file"
                  type="file"
                  accept=".txt,text/plain"
                  hidden
                  onChange={(event) => loadFile(event.target.files?.[0])}
                />
                <Field.Root name="locale">
                  <Field.Label>{t('import.locale')}</Field.Label>
                  <SingleSelect value={locale} onChange={(value: string | number) => setLocale(String(value))}>
                    {locales.map((l) => (
                      <SingleSelectOption key={l.code} value={l.code}>{l.name}</SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
              </Flex>
            </Flex>
          </Box>

          {preview && (
            <>
              <StoryFieldsForm fields={fields} onChange={setFields} />
              <PreviewView preview={preview} locale={locale} choices={choices} onChange={setChoices} />
              <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
                <Flex gap={4} alignItems="center" justifyContent="space-between">
                  <Checkbox checked={publish} onCheckedChange={(checked: boolean | 'indeterminate') => setPublish(checked === true)}>
                    {t('import.publish')}
                  </Checkbox>
                  <Button size="L" onClick={importStory} loading={busy}>
                    {publish ? t('import.importPublished') : t('import.importDraft')}
                  </Button>
                </Flex>
              </Box>
            </>
          )}

          {result && (
            <Box background={result.duplicate ? 'warning100' : 'success100'} padding={6} hasRadius data-testid="import-result">
              <Flex direction="column" alignItems="stretch" gap={2}>
                <Typography fontWeight="bold">{result.duplicate ? t('import.duplicate') : result.updated ? t('import.updated') : t('import.imported')}</Typography>
                <RouterLink to={articleUrl(result.article.documentId, result.article.locale)}>
                  <Typography dir="auto" textColor="primary600">{t('import.open', { title: result.article.title })}</Typography>
                </RouterLink>
              </Flex>
            </Box>
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ImportPage = () => (
  <Page.Protect permissions={PERMISSIONS.import}>
    <ImportStory />
  </Page.Protect>
);

export default ImportPage;
