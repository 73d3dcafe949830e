import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { formatDate, formatName } from '../../ui/format';

type PatientPickerProps = Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'>;

/**
 * A patient chosen by name, MRN or birth date through the patients search API. The server does the
 * matching, so the list is not filtered again here; the chosen patient stays listed while the
 * search text changes.
 */
export function PatientPicker({ value, onChange, ...props }: PatientPickerProps) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [query] = useDebouncedValue(search.trim(), 300);
  // The box shows the chosen patient's label; that text is not a new search.
  const searching = query.length >= 2 && query !== chosen?.label;
  // Only a typed search asks the server: an empty one would list (and audit) every chart.
  const results = useQuery({
    queryKey: ['patients', 'pick', query],
    queryFn: () => unwrap(api.GET('/api/patients', { params: { query: { query, limit: 20 } } })),
    enabled: searching,
  });
  const options = searching
    ? (results.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${formatName(p.name)} · MRN ${p.mrn} · ${formatDate(p.birthDate)}`,
      }))
    : [];
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;

  return (
    <Select
      searchable
      placeholder="Name, MRN or birth date"
      nothingFoundMessage={
        !searching ? 'Type at least 2 characters' : results.isFetching ? 'Searching…' : 'No patients match'
      }
      {...props}
      data={data}
      value={value}
      onChange={(id, option) => {
        setChosen(id ? option : null);
        onChange?.(id, option);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
    />
  );
}
