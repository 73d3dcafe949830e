import { Stack, Tabs } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';
import { can, type Capability } from '../../app/access';
import { useRoles } from '../../app/auth/auth-context';
import { BackLink } from '../../ui/back-link';
import { QueryView } from '../../ui/query-view';
import { ChartNotesTab } from '../notes/chart-notes-tab';
import { MeasuresTab } from '../outcomes/measures-tab';
import { EpisodesTab } from '../programs/episodes-tab';
import { PatientScheduleTab } from '../scheduling/patient-schedule-tab';
import { AuthorizationsTab } from './authorizations-tab';
import { CoveragesTab } from './coverages-tab';
import { DemographicsTab } from './demographics-tab';
import { PatientHeader } from './patient-header';
import { usePatient } from './patients.api';

const TABS = [
  { value: 'demographics', label: 'Demographics' },
  { value: 'coverages', label: 'Coverages' },
  { value: 'authorizations', label: 'Authorizations' },
  { value: 'episodes', label: 'Episodes' },
  { value: 'schedule', label: 'Schedule' },
  { value: 'notes', label: 'Notes', capability: 'viewNotes' },
  { value: 'measures', label: 'Measures', capability: 'viewOutcomes' },
] as const satisfies readonly { value: string; label: string; capability?: Capability }[];
type TabValue = (typeof TABS)[number]['value'];

export function PatientChartPage() {
  const { patientId = '' } = useParams();
  const patient = usePatient(patientId);
  const [params, setParams] = useSearchParams();
  const roles = useRoles();
  // Roles that may not read clinical notes or measures (front desk, billing) get no such tabs.
  const tabs = TABS.filter((t) => !('capability' in t) || can(roles, t.capability));
  const tab: TabValue = tabs.find((t) => t.value === params.get('tab'))?.value ?? 'demographics';

  return (
    <Stack gap="md">
      <BackLink to="/patients">All patients</BackLink>
      <QueryView query={patient} errorTitle="Could not open this chart">
        {(p) => (
          <>
            <PatientHeader patient={p} />
            <Tabs
              value={tab}
              onChange={(value) => setParams(value ? { tab: value } : {}, { replace: true })}
              keepMounted={false}
            >
              <Tabs.List aria-label="Patient chart sections">
                {tabs.map((t) => (
                  <Tabs.Tab key={t.value} value={t.value}>
                    {t.label}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="demographics" pt="md">
                <DemographicsTab patient={p} />
              </Tabs.Panel>
              <Tabs.Panel value="coverages" pt="md">
                <CoveragesTab patient={p} />
              </Tabs.Panel>
              <Tabs.Panel value="authorizations" pt="md">
                <AuthorizationsTab patient={p} />
              </Tabs.Panel>
              <Tabs.Panel value="episodes" pt="md">
                <EpisodesTab patientId={p.id} />
              </Tabs.Panel>
              <Tabs.Panel value="schedule" pt="md">
                <PatientScheduleTab patientId={p.id} programId={p.activeEpisodes[0]?.programId ?? null} />
              </Tabs.Panel>
              <Tabs.Panel value="notes" pt="md">
                <ChartNotesTab patientId={p.id} />
              </Tabs.Panel>
              <Tabs.Panel value="measures" pt="md">
                <MeasuresTab patientId={p.id} />
              </Tabs.Panel>
            </Tabs>
          </>
        )}
      </QueryView>
    </Stack>
  );
}
