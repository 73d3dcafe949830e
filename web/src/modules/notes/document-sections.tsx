import { Box, Stack, Text } from '@mantine/core';
import type { NoteTemplate } from './documents.api';

export interface LabelledText {
  label: string;
  text: string;
}

/** Written text under its headings, as a description list; an empty part reads "—". */
export function LabelledTexts({ items }: { items: LabelledText[] }) {
  return (
    <Stack component="dl" gap="sm" m={0}>
      {items.map((item) => (
        <Box key={item.label}>
          <Text component="dt" size="sm" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap' }}>
            {item.text.trim() || '—'}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}

interface DocumentSectionsProps {
  /** Unknown only while templates load, or for a kind this release does not know: keys are shown then. */
  template: NoteTemplate | undefined;
  sections: Record<string, string>;
}

/** A document's sections in template order, each under its label. */
export function DocumentSections({ template, sections }: DocumentSectionsProps) {
  const items = template
    ? template.sections.map((s) => ({ label: s.label, text: sections[s.key] ?? '' }))
    : Object.entries(sections).map(([label, text]) => ({ label, text }));
  return <LabelledTexts items={items} />;
}
