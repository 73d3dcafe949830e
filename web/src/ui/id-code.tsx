import { ActionIcon, Code, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

/** A UUID shown short (its first 8 characters) with a button to copy all of it, e.g. into a filter. */
export function IdCode({ value, label }: { value: string | null; label: string }) {
  if (!value) {
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Group gap={2} wrap="nowrap">
      <Code fz="xs" title={value}>
        {value.slice(0, 8)}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : `Copy ${label}`} withArrow>
            <ActionIcon variant="subtle" color="gray" size="sm" onClick={copy} aria-label={`Copy ${label} ${value}`}>
              {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
