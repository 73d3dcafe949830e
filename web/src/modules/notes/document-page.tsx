import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconRosetteDiscountCheck } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access';
import { useAuth, useRoles } from '../../app/auth/auth-context';
import { BackLink } from '../../ui/back-link';
import { DetailItem } from '../../ui/detail-item';
import { formatName } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { QueryView } from '../../ui/query-view';
import { Section } from '../../ui/section';
import { usePatient } from '../patients/patients.api';
import { AddAddendumForm, AddendaList } from './document-addenda';
import { DocumentEditor } from './document-editor';
import { formatWhen } from './document-format';
import { DocumentSections } from './document-sections';
import { NoteStatusBadge, SignatureLines } from './document-signature';
import { useAddAddendum, useCosignDocument, useDocument, type PatientDocument } from './documents.api';

/** `/notes/:noteId`: a patient document, editable by its author while a draft, read-only once signed. */
export function DocumentPage() {
  const { noteId = '' } = useParams();
  const document = useDocument(noteId);
  return (
    <Stack gap="md">
      <QueryView query={document} errorTitle="Could not open this document">
        {(d) => <DocumentView doc={d} />}
      </QueryView>
    </Stack>
  );
}

function DocumentView({ doc }: { doc: PatientDocument }) {
  const me = useAuth().user?.id;
  const canWrite = can(useRoles(), 'writeNotes');
  const patient = usePatient(doc.patientId);
  const addendum = useAddAddendum(doc.id);
  const draft = doc.status === 'draft';
  const editable = draft && canWrite && doc.authorId === me;
  return (
    <>
      <BackLink to={`/patients/${doc.patientId}?tab=notes`}>
        {patient.data ? `Notes of ${formatName(patient.data.name)}` : 'Patient notes'}
      </BackLink>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Title order={1} size="h2">
              {doc.title}
            </Title>
            <NoteStatusBadge status={doc.status} />
          </Group>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <DetailItem label="Patient">{patient.data && formatName(patient.data.name)}</DetailItem>
            <DetailItem label={draft ? 'Due' : 'Was due'}>
              <Group gap="xs" component="span">
                {formatWhen(doc.dueAt)}
                {draft && Date.parse(doc.dueAt) < Date.now() && <Badge color="red">Overdue</Badge>}
              </Group>
            </DetailItem>
            <DetailItem label="Session">
              {doc.sessionId && (
                <Anchor component={Link} to={`/sessions/${doc.sessionId}`} size="sm">
                  Open the session
                </Anchor>
              )}
            </DetailItem>
          </SimpleGrid>
        </Stack>
      </Paper>
      {draft && !editable && (
        <Alert color="blue" variant="light" title="A draft of another author">
          Only its author can change or sign this document.
        </Alert>
      )}
      <Section title="Document">
        {editable ? (
          <DocumentEditor key={doc.id} document={doc} />
        ) : (
          <DocumentSections template={doc.template} sections={doc.sections} />
        )}
      </Section>
      {!draft && <SignatureSection doc={doc} canCosign={canWrite && doc.signature?.staffId !== me} />}
      {!draft && (
        <Section title="Addenda">
          <Stack gap="md">
            <AddendaList addenda={doc.addenda} />
            {canWrite && <AddAddendumForm add={addendum} />}
          </Stack>
        </Section>
      )}
    </>
  );
}

/** The signature block; a supervisor co-signs here (the server decides who may: 403 notes.not_supervisor). */
function SignatureSection({ doc, canCosign }: { doc: PatientDocument; canCosign: boolean }) {
  const cosign = useCosignDocument(doc.id);
  const cosignNow = () =>
    cosign.mutate(undefined, {
      onSuccess: () => notifySuccess(`${doc.title} co-signed.`),
      onError: (error) => notifyError(error, 'Not co-signed'),
    });
  return (
    <Section
      title="Signature"
      actions={
        doc.status === 'signed' &&
        canCosign && (
          <Button
            variant="default"
            leftSection={<IconRosetteDiscountCheck size={16} aria-hidden />}
            onClick={cosignNow}
            loading={cosign.isPending}
          >
            Co-sign
          </Button>
        )
      }
    >
      <SignatureLines signature={doc.signature} cosignature={doc.cosignature} />
    </Section>
  );
}
