import { Button, Modal, type ButtonProps, type ModalProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface CreateDialogProps {
  /** The button text, e.g. "New site"; also the dialog title unless `title` is given. */
  label: string;
  title?: string;
  size?: ModalProps['size'];
  disabled?: boolean;
  variant?: ButtonProps['variant'];
  /** The form; call `close` when it is done or cancelled. */
  children: (close: () => void) => ReactNode;
}

/** A "New …" button and the dialog holding its form. */
export function CreateDialog({ label, title, size = 'md', disabled, variant, children }: CreateDialogProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open} disabled={disabled} variant={variant}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title ?? label} size={size}>
        {opened && children(close)}
      </Modal>
    </>
  );
}
