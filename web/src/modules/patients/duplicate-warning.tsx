import { Alert, Anchor, List } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate, formatName } from '../../ui/format';
import type { PatientCreated } from './patients.api';

type Duplicate = PatientCreated['possibleDuplicates'][number];

interface DuplicateWarningProps {
  duplicates: Duplicate[];
  /** Before registration: "may already be registered"; after: "was registered, but…". */
  registered?: boolean;
}

/** Patients with the same name and birth date, linked so the user can check before going on. */
export function DuplicateWarning({ duplicates, registered = false }: DuplicateWarningProps) {
  if (duplicates.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconCopy aria-hidden />}
      title={registered ? 'Registered, but this may be a duplicate' : 'This patient may already be registered'}
      role="alert"
    >
      {registered
        ? 'These existing patients have the same name and birth date. Check them and merge records if needed:'
        : 'These patients have the same name and birth date. Open one to check before registering again:'}
      <List size="sm" mt="xs">
        {duplicates.map((p) => (
          <List.Item key={p.id}>
            <Anchor component={Link} to={`/patients/${p.id}`}>
              {formatName(p.name)}
            </Anchor>{' '}
            — MRN {p.mrn}, born {formatDate(p.birthDate)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
