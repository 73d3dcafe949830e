import { Alert, Anchor, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconRefresh, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { isApiError, type ApiError } from '../../api/errors';
import { notifyError, notifySuccess } from '../../ui/notify';
import { changedSections, reapplyChanges, sectionText, type SectionText } from './document-changes';
import { useLatestDocument, useSaveDocument, useSignDocument, type PatientDocument } from './documents.api';

/** The saved document the editor's text is compared with, and the version a save must match. */
interface Base {
  version: number;
  sections: SectionText;
}

const baseOf = (d: PatientDocument): Base => ({ version: d.version, sections: sectionText(d.template, d.sections) });
const field = (key: string) => `sections.${key}`;
const sectionKey = (path: string) => /^sections\.([A-Za-z]+)$/.exec(path)?.[1];

/**
 * The author's draft: one text box per template section, saved against the version it was loaded
 * at, and signed once every required section is written (the server decides and names the gaps).
 */
export function DocumentEditor({ document: doc }: { document: PatientDocument }) {
  const { template } = doc;
  const [base, setBase] = useState(() => baseOf(doc));
  const form = useForm({ initialValues: { sections: base.sections } });
  const [busy, setBusy] = useState<'save' | 'sign' | 'reload' | null>(null);
  const [conflict, setConflict] = useState(false);
  const [overwritten, setOverwritten] = useState<string[]>([]);
  const [refusal, setRefusal] = useState<{ message: string; keys: string[] } | null>(null);
  const save = useSaveDocument(doc.id);
  const sign = useSignDocument(doc.id);
  const readLatest = useLatestDocument(doc.id);

  const labelOf = (key: string) => template.sections.find((s) => s.key === key)?.label ?? key;
  const focus = (key: string) => form.getInputNode(field(key))?.focus();
  const dirty = changedSections(base.sections, form.values.sections).length > 0;
  // The refusal lists what is still missing: a section leaves the list once the user writes in it.
  const stillMissing = refusal?.keys.filter((key) => form.errors[field(key)]) ?? [];

  /** Server details naming `sections.<key>` go on their text boxes; returns the keys marked. */
  function markSections(error: ApiError): string[] {
    const marked: string[] = [];
    for (const detail of error.details) {
      const key = sectionKey(detail.path);
      if (!key || !(key in form.values.sections)) continue;
      form.setFieldError(field(key), detail.message || error.message);
      marked.push(key);
    }
    return marked;
  }

  function failed(error: unknown, title: string) {
    if (isApiError(error) && error.code === 'notes.version_conflict') {
      setConflict(true);
      return;
    }
    const marked = isApiError(error) ? markSections(error) : [];
    if (marked.length > 0) focus(marked[0]!);
    // 422 notes.incomplete: the sections still to write, listed above the form until they are.
    if (isApiError(error) && error.code === 'notes.incomplete') setRefusal({ message: error.message, keys: marked });
    notifyError(error, marked.length > 0 ? 'Check the highlighted sections' : title);
  }

  async function saveDraft(): Promise<boolean> {
    try {
      const saved = await save.mutateAsync({ sections: form.values.sections, version: base.version });
      setBase(baseOf(saved));
      setOverwritten([]);
      return true;
    } catch (error) {
      failed(error, 'Not saved');
      return false;
    }
  }

  async function submit() {
    setBusy('save');
    if (await saveDraft()) notifySuccess('Draft saved.');
    setBusy(null);
  }

  /** Unsaved text is saved first, so what is signed is what the author sees. */
  async function signDocument() {
    setBusy('sign');
    form.clearErrors();
    setRefusal(null);
    try {
      if (dirty && !(await saveDraft())) return;
      await sign.mutateAsync(undefined);
      notifySuccess(`${doc.title} signed.`);
    } catch (error) {
      failed(error, 'Not signed');
    } finally {
      setBusy(null);
    }
  }

  /** After 409 notes.version_conflict: the newest save, with this user's own edits laid over it. */
  async function loadLatest() {
    setBusy('reload');
    try {
      const latest = await readLatest();
      const merged = reapplyChanges(base.sections, form.values.sections, sectionText(template, latest.sections));
      setBase(baseOf(latest));
      form.setValues({ sections: merged.sections });
      // A section the other save filled is no longer missing.
      for (const [key, text] of Object.entries(merged.sections)) if (text.trim()) form.clearFieldError(field(key));
      setOverwritten(merged.overwritten);
      setConflict(false);
    } catch (error) {
      notifyError(error, 'Could not load the latest version');
    } finally {
      setBusy(null);
    }
  }

  return (
    <form onSubmit={form.onSubmit(() => void submit())} noValidate aria-label={`Edit ${doc.title}`}>
      <Stack gap="md">
        {conflict && (
          <Alert color="red" variant="light" role="alert" title="Someone else saved this document first">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                Your text is still here but is not saved. Load the latest version: the sections you changed keep your
                text, the others take what was saved. Check it, then save again.
              </Text>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconRefresh size={14} aria-hidden />}
                onClick={() => void loadLatest()}
                loading={busy === 'reload'}
              >
                Load latest and keep my changes
              </Button>
            </Stack>
          </Alert>
        )}
        {overwritten.length > 0 && (
          <Alert color="blue" variant="light" role="status" title="Latest version loaded">
            Your text replaced what the other save wrote in: {overwritten.map(labelOf).join(', ')}. Check these sections
            before saving.
          </Alert>
        )}
        {refusal && stillMissing.length > 0 && (
          <Alert color="red" variant="light" role="alert" title="Not signed">
            <Text size="sm">{refusal.message} Still empty:</Text>
            <List size="sm" mt="xs">
              {stillMissing.map((key) => (
                <List.Item key={key}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    c="inherit"
                    underline="always"
                    onClick={() => focus(key)}
                  >
                    {labelOf(key)}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          A draft can be saved at any point. Sections marked * must be written before signing; once signed the document
          cannot change, and later corrections are addenda.
        </Text>
        {template.sections.map((s) => (
          <Textarea
            key={s.key}
            label={s.label}
            required={s.required}
            autosize
            minRows={3}
            maxRows={16}
            maxLength={20_000}
            {...form.getInputProps(field(s.key))}
          />
        ))}
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {dirty ? 'Unsaved changes' : 'All changes saved'}
          </Text>
          <Group gap="sm">
            <Button
              type="submit"
              variant="default"
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              disabled={!dirty || (busy !== null && busy !== 'save')}
              loading={busy === 'save'}
            >
              Save draft
            </Button>
            <Button
              leftSection={<IconSignature size={16} aria-hidden />}
              onClick={() => void signDocument()}
              disabled={busy !== null && busy !== 'sign'}
              loading={busy === 'sign'}
            >
              Sign
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
