import { Badge } from '@mantine/core';
import type { Flag, Tone } from './compliance-status';

// Colour backs the words, never replaces them; each pairing keeps 4.5:1 contrast.
const TONES: Record<Tone, { color: string; c: string; variant: 'filled' | 'light' }> = {
  ok: { color: 'teal', c: 'teal.9', variant: 'light' },
  watch: { color: 'yellow.4', c: 'dark.9', variant: 'filled' },
  alert: { color: 'red.8', c: 'white', variant: 'filled' },
};

export function StatusBadge({ flag }: { flag: Flag }) {
  const tone = TONES[flag.tone];
  return (
    <Badge
      variant={tone.variant}
      color={tone.color}
      c={tone.c}
      tt="none"
      fw={600}
      h="auto"
      radius="sm"
      py={2}
      // Long labels wrap inside the badge instead of being cut off with an ellipsis.
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {flag.label}
    </Badge>
  );
}
