import { Button, Group, Modal, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileText } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState, type FormEvent } from 'react';
import { FormActions } from '../../ui/form-actions';
import { humanize } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { QueryView } from '../../ui/query-view';
import { useInstruments, useRecordAssessment, type Instrument } from './outcomes.api';
import { answersInOrder, askedItems, type Chosen } from './questions';

const LOCAL_MINUTE = 'YYYY-MM-DDTHH:mm';

/** "Enter from paper": a form the patient filled in on paper, typed in with the day it was filled. */
export function PaperEntryDialog({ patientId }: { patientId: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const instruments = useInstruments();
  return (
    <>
      <Button variant="default" leftSection={<IconFileText size={16} aria-hidden />} onClick={open}>
        Enter from paper
      </Button>
      <Modal opened={opened} onClose={close} title="Enter a paper form" size="xl">
        {opened && (
          <QueryView query={instruments} errorTitle="Could not load the instruments">
            {(items) => <PaperEntryForm patientId={patientId} instruments={items} onDone={close} />}
          </QueryView>
        )}
      </Modal>
    </>
  );
}

function PaperEntryForm({
  patientId,
  instruments,
  onDone,
}: {
  patientId: string;
  instruments: Instrument[];
  onDone: () => void;
}) {
  const record = useRecordAssessment(patientId);
  const [instrumentId, setInstrumentId] = useState(instruments[0]?.id ?? '');
  const [administeredAt, setAdministeredAt] = useState(() => dayjs().format(LOCAL_MINUTE));
  const [chosen, setChosen] = useState<Chosen>({});
  const [checked, setChecked] = useState(false);
  const instrument = instruments.find((i) => i.id === instrumentId);
  const asked = instrument ? askedItems(instrument.item, chosen) : [];
  const fieldName = (linkId: string) => `answer-${linkId}`;

  const changeInstrument = (id: string | null) => {
    if (!id) return;
    setInstrumentId(id);
    setChosen({});
    setChecked(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!instrument) return;
    const answers = answersInOrder(instrument.item, chosen);
    if (!answers || !dayjs(administeredAt).isValid()) {
      setChecked(true);
      // The keyboard starts where the work is: the first question left unanswered.
      const missing = asked.find((item) => chosen[item.linkId] === undefined);
      if (missing) document.querySelector<HTMLInputElement>(`input[name="${fieldName(missing.linkId)}"]`)?.focus();
      return;
    }
    record.mutate(
      { instrument: instrument.id, answers, administeredAt: dayjs(administeredAt).format(), source: 'paper' },
      {
        onSuccess: (saved) => {
          const severity = saved.severity ? ` (${humanize(saved.severity)})` : '';
          notifySuccess(`${saved.instrument} recorded${saved.total === null ? '' : `: ${saved.total}${severity}`}.`);
          onDone();
        },
        onError: (error) => notifyError(error),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label="Instrument"
            required
            allowDeselect={false}
            data={instruments.map((i) => ({ value: i.id, label: i.title }))}
            value={instrumentId}
            onChange={changeInstrument}
          />
          <TextInput
            label="Filled in on"
            type="datetime-local"
            required
            max={dayjs().format(LOCAL_MINUTE)}
            value={administeredAt}
            onChange={(e) => setAdministeredAt(e.currentTarget.value)}
            error={checked && !dayjs(administeredAt).isValid() ? 'Enter the day and time it was filled in' : undefined}
          />
        </Group>
        {instrument?.description && (
          <Text size="sm" fw={600}>
            {instrument.description}
          </Text>
        )}
        {asked.map((item, index) => (
          <Radio.Group
            key={`${instrumentId}-${item.linkId}`}
            name={fieldName(item.linkId)}
            label={`${index + 1}. ${item.text}`}
            data-required
            value={chosen[item.linkId]?.toString() ?? ''}
            onChange={(value) => setChosen((current) => ({ ...current, [item.linkId]: Number(value) }))}
            error={checked && chosen[item.linkId] === undefined ? 'Choose the answer on the paper form' : undefined}
          >
            <Group gap="md" mt={6}>
              {item.answerOption.map((option) => (
                <Radio key={option.value} value={String(option.value)} label={option.display} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <FormActions submitLabel="Record" submitting={record.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
