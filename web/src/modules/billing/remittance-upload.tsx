import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { notifySuccess } from '../../ui/notify';
import { Section } from '../../ui/section';
import { usePostRemittance, type Posted } from './billing.api';
import { BillingError } from './billing-error';

/** The server takes 835 files up to 10 MB (a busy month's remittance runs to megabytes). */
const MAX_BYTES = 10_000_000;

const sizeOf = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`);

/**
 * An 835 chosen with the file picker or dropped on the area, then posted as its text. The file is
 * posted whole or not at all: a malformed or unbalanced one is refused naming the segment.
 */
export function RemittanceUpload({ onPosted }: { onPosted: (posted: Posted) => void }) {
  const post = usePostRemittance();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const tooBig = file !== null && file.size > MAX_BYTES;

  const choose = (chosen: File | null) => {
    post.reset();
    setFile(chosen);
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0] ?? null);
  };
  const submit = async () => {
    if (!file || tooBig) return;
    const text = await file.text();
    post.mutate(text, {
      onSuccess: (posted) => {
        const unmatched = posted.unmatched.length;
        notifySuccess(
          `${posted.postedClaims.length} ${posted.postedClaims.length === 1 ? 'claim' : 'claims'} posted` +
            (unmatched > 0 ? `, ${unmatched} not matched.` : '.'),
        );
        setFile(null);
        onPosted(posted);
      },
    });
  };

  return (
    <Section title="Post an 835 remittance">
      <Stack gap="sm">
        <Paper
          withBorder
          p="lg"
          radius="md"
          data-testid="remittance-drop"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
          style={{
            borderStyle: 'dashed',
            borderWidth: 2,
            borderColor: dragging ? 'var(--mantine-color-teal-6)' : undefined,
            background: dragging ? 'var(--mantine-color-teal-0)' : undefined,
          }}
        >
          <Group gap="md" justify="center" wrap="wrap">
            <IconFileUpload size={28} aria-hidden />
            <Text size="sm">Drop an 835 file here, or</Text>
            <FileButton onChange={choose} accept=".835,.x12,.edi,.txt,text/plain">
              {(props) => (
                <Button variant="default" {...props}>
                  Choose an 835 file
                </Button>
              )}
            </FileButton>
          </Group>
        </Paper>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" aria-live="polite" data-testid="remittance-file">
            {file ? `${file.name} · ${sizeOf(file.size)}` : 'No file chosen'}
          </Text>
          <Button
            leftSection={<IconUpload size={16} aria-hidden />}
            disabled={!file || tooBig}
            loading={post.isPending}
            onClick={() => void submit()}
          >
            Post remittance
          </Button>
        </Group>
        {tooBig && (
          <Text size="sm" c="red.9" role="alert">
            The file is larger than 10 MB; split the remittance or ask the payer for smaller files.
          </Text>
        )}
        {post.isError && <BillingError error={post.error} title="The 835 was not posted" />}
      </Stack>
    </Section>
  );
}
