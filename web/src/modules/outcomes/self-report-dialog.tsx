import { Alert, Button, CopyButton, Group, Image, Input, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { IconCheck, IconCopy, IconDeviceTablet, IconExternalLink, IconLink, IconLock } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { notifyError } from '../../ui/notify';
import { outcomesKeys, useCreateSelfReportToken, type SelfReportKind, type SelfReportToken } from './outcomes.api';
import { useQrCode } from './use-qr-code';

const COPY: Record<SelfReportKind, { button: string; title: string; refused: string; lasts: string }> = {
  kiosk: {
    button: 'Start kiosk',
    title: 'Kiosk ready',
    refused: 'Kiosk not started',
    lasts: 'It works for 30 minutes',
  },
  link: {
    button: 'Send link',
    title: 'One-time link ready',
    refused: 'No link made',
    lasts: 'It works for 3 days',
  },
};

/**
 * "Start kiosk" and "Send link": a short-lived form of the measures due, for this patient alone, that
 * the patient answers without logging in, on a tablet handed over at check-in or from a link.
 */
export function SelfReportDialog({
  patientId,
  kind,
  patientName,
}: {
  patientId: string;
  kind: SelfReportKind;
  /** Given where several patients' buttons share a screen (the attendance sheet): a small button named for the patient. */
  patientName?: string;
}) {
  const [opened, { open, close }] = useDisclosure(false);
  const create = useCreateSelfReportToken(patientId);
  const client = useQueryClient();
  const text = COPY[kind];
  // Closed when the patient is done (or the tablet is back): what they answered shows at once.
  const finish = () => {
    close();
    create.reset();
    void client.invalidateQueries({ queryKey: outcomesKeys.patient(patientId) });
  };
  return (
    <>
      <Button
        variant={patientName ? 'default' : kind === 'kiosk' ? 'filled' : 'default'}
        size={patientName ? 'xs' : 'sm'}
        aria-label={patientName && `${text.button} for ${patientName}`}
        leftSection={kind === 'kiosk' ? <IconDeviceTablet size={16} aria-hidden /> : <IconLink size={16} aria-hidden />}
        loading={create.isPending}
        onClick={() => create.mutate(kind, { onSuccess: open, onError: (error) => notifyError(error, text.refused) })}
      >
        {text.button}
      </Button>
      <Modal opened={opened} onClose={finish} title={text.title} size="lg">
        {create.data && <IssuedForm issued={create.data} kind={kind} onDone={finish} />}
      </Modal>
    </>
  );
}

function IssuedForm({ issued, kind, onDone }: { issued: SelfReportToken; kind: SelfReportKind; onDone: () => void }) {
  // The server answers with the page's path; a phone or another tablet needs the whole address.
  const url = new URL(issued.url, window.location.origin).href;
  const qr = useQrCode(url);
  return (
    <Stack gap="md">
      <Text size="sm">
        Asks for {issued.instruments.join(', ')}. {COPY[kind].lasts}, until{' '}
        {dayjs(issued.expiresAt).format('MM/DD/YYYY HH:mm')}, or until every questionnaire is answered. It shows the
        patient&apos;s first name and the questions, nothing else.
      </Text>
      {kind === 'kiosk' && (
        <Group>
          <Button
            component="a"
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            leftSection={<IconExternalLink size={16} aria-hidden />}
          >
            Open kiosk in a new tab
          </Button>
        </Group>
      )}
      <Group align="flex-start" gap="lg" wrap="wrap">
        {qr && <Image src={qr} w={160} h={160} alt="QR code of the form's address" />}
        <Input.Wrapper
          label="Form address"
          description={
            kind === 'kiosk'
              ? 'Or open it on the tablet: scan the code or type the address.'
              : 'Send it to the patient, or let them scan the code.'
          }
          style={{ flex: 1, minWidth: 260 }}
        >
          <Group gap="xs" wrap="nowrap" mt={4}>
            <TextInput
              aria-label="Form address"
              value={url}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
              style={{ flex: 1 }}
            />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'filled' : 'default'}
                  onClick={copy}
                  leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                >
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Input.Wrapper>
      </Group>
      <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title="Shown once">
        The address is the patient&apos;s key to the form and is not shown again.{' '}
        {kind === 'kiosk'
          ? 'A browser logged in as you stays logged in behind the kiosk tab: stay with the patient, or use a tablet nobody is logged in on.'
          : 'Anyone with it can answer in the patient’s name until it is used or expires.'}
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
