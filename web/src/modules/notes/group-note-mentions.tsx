import { Mark, Text } from '@mantine/core';
import type { GroupNote } from './group-note.api';

/**
 * Where the saved text names another member: the words marked in a short excerpt (a textarea cannot
 * highlight), so the writer sees exactly what to change before the note can be signed.
 */
export function MentionNotice({ note, path, text }: { note: GroupNote; path: string; text: string }) {
  const mentions = note.mentions.filter((m) => m.path === path && text.slice(m.start, m.end) === m.text);
  if (mentions.length === 0) return null;
  return (
    <Text size="sm" c="red.9" role="status">
      Names another member:{' '}
      {mentions.map((m, i) => {
        const from = Math.max(0, m.start - 30);
        const to = Math.min(text.length, m.end + 30);
        return (
          <span key={`${m.start}-${i}`}>
            {i > 0 && '; '}
            {from > 0 && '…'}
            {text.slice(from, m.start)}
            <Mark color="red.2">{m.text}</Mark>
            {text.slice(m.end, to)}
            {to < text.length && '…'}
          </span>
        );
      })}
    </Text>
  );
}
