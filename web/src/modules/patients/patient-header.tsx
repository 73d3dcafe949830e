import { Badge, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { DetailItem } from '../../ui/detail-item';
import { ageOn, formatDate, formatName, formatSex } from '../../ui/format';
import type { Patient } from './patients.api';

/** Who this is, at a glance: identity, active programs and the principal diagnosis. */
export function PatientHeader({ patient }: { patient: Patient }) {
  const episodes = patient.activeEpisodes;
  const principal = episodes.flatMap((e) => e.diagnoses).find((d) => d.principal);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={1} size="h2">
            {formatName(patient.name)}
          </Title>
          <Group gap="xs" aria-label="Active programs">
            {episodes.length === 0 ? (
              <Badge color="gray" variant="light">
                Not admitted
              </Badge>
            ) : (
              episodes.map((e) => (
                <Group key={e.id} gap={4}>
                  <Badge color={e.levelOfCare === 'PHP' ? 'grape' : 'teal'}>{e.levelOfCare}</Badge>
                  <Badge variant="light" color="gray" tt="none">
                    {e.programName}
                  </Badge>
                </Group>
              ))
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <DetailItem label="MRN">{patient.mrn}</DetailItem>
          <DetailItem label="Birth date">
            {formatDate(patient.birthDate)} ({ageOn(patient.birthDate)} years)
          </DetailItem>
          <DetailItem label="Sex">{formatSex(patient.sex)}</DetailItem>
          <DetailItem label="Principal diagnosis">{principal?.code}</DetailItem>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
