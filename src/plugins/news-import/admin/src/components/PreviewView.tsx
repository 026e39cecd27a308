/**
 * The preview of a story with the editor's choices on it: links accepted, rejected or retargeted,
 * officials kept or skipped. Nothing is saved until the import, which carries these `decisions`.
 */
import { Box, Flex, Typography } from '@strapi/design-system';

import type { Decisions, Preview, Target } from '../services/api';
import { useT } from '../utils/useT';
import { BidiText } from './BidiText';
import { LinksTable, type LinkRow } from './LinksTable';
import { OfficialsTable } from './OfficialsTable';

export type Choices = { links: Record<number, { target?: Target; reject?: true }>; skipOfficials: Set<string> };

export const emptyChoices = (): Choices => ({ links: {}, skipOfficials: new Set() });

export const decisionsOf = (choices: Choices): Decisions => ({
  links: Object.entries(choices.links).map(([position, choice]) =>
    choice.reject ? { position: Number(position), reject: true } : { position: Number(position), target: choice.target!.documentId }
  ),
  skipOfficials: [...choices.skipOfficials],
});

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="delta" tag="h2">{title}</Typography>
      {children}
    </Flex>
  </Box>
);

type Props = { preview: Preview; locale: string; choices: Choices; onChange: (choices: Choices) => void };

export const PreviewView = ({ preview, locale, choices, onChange }: Props) => {
  const t = useT();
  const rows: LinkRow[] = preview.relatedLinks.map((link) => {
    const choice = choices.links[link.position];
    const decided = choice?.reject
      ? { status: 'rejected' as const, confidence: 0, target: null }
      : choice?.target
        ? { status: 'linked' as const, confidence: 1, target: choice.target }
        : {};
    return { ...link, ...decided, key: String(link.position), locale };
  });
  const choose = (position: number, choice: { target?: Target; reject?: true }) =>
    onChange({ ...choices, links: { ...choices.links, [position]: choice } });

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Section title={t('preview.story')}>
        <BidiText variant="beta" tag="h3" data-testid="preview-title">{preview.title}</BidiText>
        {preview.summary && <BidiText fontWeight="semiBold">{preview.summary}</BidiText>}
        {preview.paragraphs.slice(1).map((paragraph, i) => (
          <BidiText key={i} tag="p">{paragraph}</BidiText>
        ))}
        {preview.warnings.map((warning) => (
          <Typography key={warning} textColor="warning600">{warning}</Typography>
        ))}
      </Section>
      <Section title={t('preview.officials', { count: preview.officials.length })}>
        <OfficialsTable
          officials={preview.officials}
          skipped={choices.skipOfficials}
          onToggle={(name, keep) => {
            const skipOfficials = new Set(choices.skipOfficials);
            if (keep) skipOfficials.delete(name);
            else skipOfficials.add(name);
            onChange({ ...choices, skipOfficials });
          }}
        />
      </Section>
      <Section title={t('preview.links', { count: preview.relatedLinks.length })}>
        <LinksTable
          rows={rows}
          onAccept={(row, target) => choose(row.position, { target: target ?? row.target ?? undefined })}
          onReject={(row) => choose(row.position, { reject: true })}
        />
      </Section>
    </Flex>
  );
};
