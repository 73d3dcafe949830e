import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A labelled read-only value, as in a chart header or a view-mode form. */
export function DetailItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} component="div">
        {label}
      </Text>
      <Text component="div">{children || '—'}</Text>
    </div>
  );
}
