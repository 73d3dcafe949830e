import { Alert, Box, Button, Container, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { errorMessage, isApiError } from '../../api/errors';
import { LoadingState } from '../../ui/states';
import { useAnswerSelfReport, useSelfReportForm, type SelfReportForm } from './outcomes.api';
import { answersInOrder, askedItems, type Chosen } from './questions';
import { SelfReportQuestion } from './self-report-question';

/**
 * The patient's side of a kiosk or one-time link, outside the logged-in shell: no staff navigation,
 * no login, one question at a time in large type with a progress bar, a thank-you at the end. The
 * token in the address is the only credential; the page knows the patient's first name and the
 * questions, nothing else.
 */
export function SelfReportPage() {
  const { token = '' } = useParams();
  const form = useSelfReportForm(token);
  useEffect(() => {
    document.title = 'Questionnaire';
  }, []);
  return (
    <Box component="main" id="main-content" mih="100vh" bg="gray.0" py={{ base: 'md', sm: 'xl' }} px="md">
      <Container size={680} p={0}>
        <Paper withBorder radius="lg" shadow="sm" p={{ base: 'lg', sm: 'xl' }}>
          {form.isPending ? (
            <LoadingState rows={4} label="Loading your questionnaire" />
          ) : form.isError ? (
            <Closed error={form.error} />
          ) : (
            <Questionnaire token={token} form={form.data} />
          )}
        </Paper>
      </Container>
    </Box>
  );
}

type Stage =
  | { kind: 'welcome' }
  | { kind: 'asking'; instrument: number; position: number }
  | { kind: 'done' }
  | { kind: 'closed'; error: unknown };

/** Answers that end the form for good: its token is unknown, used up or expired. */
const CLOSING = new Set(['outcomes.token_not_found', 'outcomes.token_used', 'outcomes.token_expired']);

function Questionnaire({ token, form }: { token: string; form: SelfReportForm }) {
  const send = useAnswerSelfReport(token);
  const [stage, setStage] = useState<Stage>({ kind: 'welcome' });
  const [chosen, setChosen] = useState<Record<string, Chosen>>({});
  const [unanswered, setUnanswered] = useState(false);
  const answersOf = (id: string): Chosen => chosen[id] ?? {};
  const asked = form.instruments.map((instrument) => askedItems(instrument.item, answersOf(instrument.id)));
  const total = asked.reduce((n, items) => n + items.length, 0);
  const firstQuestion = (index: number): Stage =>
    index < form.instruments.length ? { kind: 'asking', instrument: index, position: 0 } : { kind: 'done' };

  if (stage.kind === 'welcome') {
    return <Welcome name={form.patientFirstName} questions={total} onStart={() => setStage(firstQuestion(0))} />;
  }
  if (stage.kind === 'done') return <ThankYou name={form.patientFirstName} />;
  if (stage.kind === 'closed') return <Closed error={stage.error} />;

  const instrument = form.instruments[stage.instrument]!;
  const items = asked[stage.instrument]!;
  const item = items[stage.position]!;
  const answers = answersOf(instrument.id);
  const before = asked.slice(0, stage.instrument).reduce((n, list) => n + list.length, 0) + stage.position;
  const last = stage.position === items.length - 1;

  const choose = (value: number) => {
    setUnanswered(false);
    setChosen((current) => ({ ...current, [instrument.id]: { ...answersOf(instrument.id), [item.linkId]: value } }));
  };

  const next = () => {
    if (answers[item.linkId] === undefined) {
      setUnanswered(true);
      return;
    }
    if (!last) {
      setStage({ ...stage, position: stage.position + 1 });
      return;
    }
    const values = answersInOrder(instrument.item, answers);
    if (!values) return;
    send.mutate(
      { instrument: instrument.id, answers: values },
      {
        onSuccess: () => setStage(firstQuestion(stage.instrument + 1)),
        onError: (error) => {
          // Sent before (a second tap on a slow connection): nothing is lost, so go on.
          if (isApiError(error) && error.code === 'outcomes.already_answered')
            setStage(firstQuestion(stage.instrument + 1));
          else if (isApiError(error) && CLOSING.has(error.code)) setStage({ kind: 'closed', error });
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={1} size="h4">
          {instrument.title}
        </Title>
        <Text size="md" fw={600}>
          Question {before + 1} of {total}
        </Text>
        <Progress
          value={Math.round((before / total) * 100)}
          size="lg"
          radius="xl"
          aria-label={`Question ${before + 1} of ${total}`}
        />
      </Stack>
      <SelfReportQuestion
        item={item}
        stem={instrument.description}
        value={answers[item.linkId]}
        onChange={choose}
        error={unanswered ? 'Choose the answer that fits best to go on.' : null}
      />
      {send.isError && !CLOSING.has(isApiError(send.error) ? send.error.code : '') && (
        <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title="Not sent">
          {errorMessage(send.error)} Your answers are still here: try again.
        </Alert>
      )}
      <Group justify="space-between" mt="sm">
        <Button
          size="xl"
          variant="default"
          disabled={stage.position === 0 || send.isPending}
          onClick={() => setStage({ ...stage, position: stage.position - 1 })}
        >
          Back
        </Button>
        <Button size="xl" onClick={next} loading={send.isPending}>
          {last ? 'Send answers' : 'Next'}
        </Button>
      </Group>
    </Stack>
  );
}

/** What a patient should know whenever the questions touch on self-harm: help is at hand now. */
function CrisisNote() {
  return (
    <Text size="md">
      If you are thinking about harming yourself, tell a staff member now, or call or text <strong>988</strong> (Suicide
      and Crisis Lifeline).
    </Text>
  );
}

function Welcome({ name, questions, onStart }: { name: string; questions: number; onStart: () => void }) {
  return (
    <Stack gap="lg">
      <Title order={1}>Hello, {name}</Title>
      <Text size="lg">
        Your care team asks how you have been feeling: about {questions} questions, one at a time. Choose the answer
        that fits best; you can go back within a questionnaire. Your answers go to your care team only.
      </Text>
      <CrisisNote />
      <Group>
        <Button size="xl" onClick={onStart}>
          Start
        </Button>
      </Group>
    </Stack>
  );
}

function ThankYou({ name }: { name: string }) {
  return (
    <Message
      icon={<IconCircleCheck size={48} aria-hidden color="var(--mantine-color-teal-9)" />}
      title={`Thank you, ${name}`}
    >
      <Text size="lg">
        Your answers have been sent to your care team. You can hand the tablet back, or close this page.
      </Text>
      <CrisisNote />
    </Message>
  );
}

function Closed({ error }: { error: unknown }) {
  const code = isApiError(error) ? error.code : '';
  if (code === 'outcomes.token_used') {
    return (
      <Message icon={<IconCircleCheck size={48} aria-hidden color="var(--mantine-color-teal-9)" />} title="All done">
        <Text size="lg">These questions have already been answered. Thank you.</Text>
      </Message>
    );
  }
  const title =
    code === 'outcomes.token_expired'
      ? 'This link has expired'
      : code === 'outcomes.token_not_found'
        ? 'This link does not work'
        : 'Something went wrong';
  return (
    <Message icon={<IconAlertTriangle size={48} aria-hidden color="var(--mantine-color-red-9)" />} title={title}>
      <Text size="lg">{CLOSING.has(code) ? 'Please ask a staff member for a new one.' : errorMessage(error)}</Text>
    </Message>
  );
}

function Message({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Stack gap="lg" align="flex-start">
      {icon}
      <Title order={1}>{title}</Title>
      {children}
    </Stack>
  );
}
