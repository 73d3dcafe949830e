import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { notifyError } from '../../ui/notify';
import { useCreateDocument, useNoteTemplates, type NoteTemplate } from './documents.api';

/**
 * "New document": the templates as a menu (arrow keys move, Enter picks, Escape closes); picking one
 * starts the draft and opens it in the editor.
 */
export function DocumentCreateMenu({ patientId }: { patientId: string }) {
  const templates = useNoteTemplates();
  const create = useCreateDocument(patientId);
  const navigate = useNavigate();
  const start = (template: NoteTemplate) =>
    create.mutate(
      { template: template.kind },
      {
        onSuccess: (document) => void navigate(`/notes/${document.id}`),
        onError: (error) => notifyError(error, `${template.title} not started`),
      },
    );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={create.isPending}
          disabled={!templates.data}
        >
          New document
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label="Document templates">
        {templates.data?.map((t) => (
          <Menu.Item key={t.kind} onClick={() => start(t)}>
            {t.title}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
