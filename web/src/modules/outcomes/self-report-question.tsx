import { Group, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { FormInstrument } from './outcomes.api';
import classes from './self-report.module.css';

type Item = FormInstrument['item'][number];

interface SelfReportQuestionProps {
  item: Item;
  /** Shown above the question: what the answers refer to ("Over the last 2 weeks, …"). */
  stem: string | undefined;
  value: number | undefined;
  onChange: (value: number) => void;
  error: string | null;
}

/** One question, its answers as large cards; arrow keys move between them, as in any radio group. */
export function SelfReportQuestion({ item, stem, value, onChange, error }: SelfReportQuestionProps) {
  const group = useRef<HTMLDivElement>(null);
  const name = `question-${item.linkId}`;

  // A new question takes the focus, so a screen reader reads it and the keyboard starts on its answers.
  useEffect(() => {
    const radios = group.current?.querySelectorAll<HTMLElement>('[role="radio"]');
    const checked = group.current?.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]');
    (checked ?? radios?.[0])?.focus();
  }, [item.linkId]);

  return (
    <Stack gap="md">
      {stem && (
        <Text size="lg" c="dark.7">
          {stem}
        </Text>
      )}
      <div ref={group}>
        <Radio.Group
          name={name}
          label={item.text}
          value={value === undefined ? '' : String(value)}
          onChange={(v) => onChange(Number(v))}
          error={error}
          styles={{ label: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700, marginBottom: 12 } }}
        >
          <Stack gap="sm">
            {item.answerOption.map((option) => (
              <Radio.Card key={option.value} value={String(option.value)} radius="md" className={classes.option}>
                <Group wrap="nowrap" gap="md">
                  <Radio.Indicator size="md" />
                  <Text size="lg">{option.display}</Text>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
      </div>
    </Stack>
  );
}
