/**
 * Byline, dateline and agency as the parser read them off the pasted text, editable before the
 * import. The import sends what the editor leaves here: an emptied field stores nothing.
 */
import { Box, Field, Grid, TextInput, Typography } from '@strapi/design-system';

import type { Preview } from '../services/api';
import { useT } from '../utils/useT';

export type StoryFields = { byline: string; dateline: string; agency: string };

export const storyFieldsOf = (preview: Preview): StoryFields => ({
  byline: preview.byline ?? '',
  dateline: preview.dateline ?? '',
  agency: preview.agency ?? '',
});

/** The import request's overrides: `null` for a field the editor emptied. */
export const storyFieldsRequest = (fields: StoryFields) => {
  const value = (text: string) => (text.trim() === '' ? null : text.trim());
  return { byline: value(fields.byline), dateline: value(fields.dateline), sourceName: value(fields.agency) };
};

type Props = { fields: StoryFields; onChange: (fields: StoryFields) => void };

const NAMES = ['byline', 'dateline', 'agency'] as const;

export const StoryFieldsForm = ({ fields, onChange }: Props) => {
  const t = useT();
  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Typography variant="delta" tag="h2">{t('fields.title')}</Typography>
      <Grid.Root gap={4} paddingTop={4}>
        {NAMES.map((name) => (
          <Grid.Item key={name} col={4} s={12} direction="column" alignItems="stretch">
            <Field.Root name={name} hint={t(`fields.${name}Hint`)}>
              <Field.Label>{t(`fields.${name}`)}</Field.Label>
              <TextInput
                dir="auto"
                value={fields[name]}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ ...fields, [name]: event.target.value })}
              />
              <Field.Hint />
            </Field.Root>
          </Grid.Item>
        ))}
      </Grid.Root>
    </Box>
  );
};
