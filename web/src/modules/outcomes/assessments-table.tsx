import { Text } from '@mantine/core';
import dayjs from 'dayjs';
import { DataTable } from '../../ui/data-table';
import { humanize } from '../../ui/format';
import { ChangeBadges, FlagBadges, SeverityLabel } from './assessment-badges';
import type { Assessment, Instrument } from './outcomes.api';

const SOURCE_LABELS: Record<string, string> = {
  staff: 'Staff',
  paper: 'Paper',
  kiosk: 'Kiosk',
  link: 'Link',
};

/** Every administration, newest first, with its change since the episode's baseline. */
export function AssessmentsTable({ items, instruments }: { items: Assessment[]; instruments: Instrument[] }) {
  const instrumentOf = (id: string) => instruments.find((i) => i.id === id);
  return (
    <DataTable
      caption="Assessments"
      rows={items}
      rowKey={(a) => a.id}
      minWidth={760}
      columns={[
        { key: 'when', header: 'Administered', render: (a) => dayjs(a.administeredAt).format('MM/DD/YYYY HH:mm') },
        { key: 'instrument', header: 'Instrument', render: (a) => a.instrument },
        { key: 'total', header: 'Total', render: (a) => a.total ?? '—' },
        {
          key: 'severity',
          header: 'Severity',
          render: (a) => <SeverityLabel instrument={instrumentOf(a.instrument)} severity={a.severity} />,
        },
        {
          key: 'change',
          header: 'Since baseline',
          render: (a) =>
            a.change ? (
              <>
                <Text size="sm">{a.change.delta > 0 ? `+${a.change.delta}` : a.change.delta}</Text>
                <ChangeBadges change={a.change} />
              </>
            ) : (
              // The baseline itself, or a form recorded outside any episode.
              '—'
            ),
        },
        { key: 'flags', header: 'Flags', render: (a) => <FlagBadges flags={a.flags} /> },
        { key: 'source', header: 'Source', render: (a) => SOURCE_LABELS[a.source] ?? humanize(a.source) },
      ]}
    />
  );
}
