import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { SessionPage } from '../modules/attendance/session-page';
import { AuditLogPage } from '../modules/audit-log/audit-log-page';
import { BatchesPage } from '../modules/billing/batches-page';
import { ClaimDetailPage } from '../modules/billing/claim-detail-page';
import { ClaimsPage } from '../modules/billing/claims-page';
import { RemittancesPage } from '../modules/billing/remittances-page';
import { WorklistPage } from '../modules/billing/worklist-page';
import { TasksPage } from '../modules/care/tasks-page';
import { CompliancePage } from '../modules/compliance/compliance-page';
import { LoginPage } from '../modules/identity/login-page';
import { DocumentPage } from '../modules/notes/document-page';
import { UnsignedNotesPage } from '../modules/notes/unsigned-notes-page';
import { OrganizationPage } from '../modules/organization/organization-page';
import { SitesPage } from '../modules/organization/sites-page';
import { StaffPage } from '../modules/organization/staff-page';
import { OutcomeReportsPage } from '../modules/outcomes/outcome-reports-page';
import { SelfReportPage } from '../modules/outcomes/self-report-page';
import { PatientChartPage } from '../modules/patients/patient-chart-page';
import { PatientsPage } from '../modules/patients/patients-page';
import { PayerDetailPage } from '../modules/payers/payer-detail-page';
import { PayersPage } from '../modules/payers/payers-page';
import { ProgramsPage } from '../modules/programs/programs-page';
import { BulkEnrollmentPage } from '../modules/scheduling/bulk-enrollment-page';
import { GroupPage } from '../modules/scheduling/group-page';
import { GroupsPage } from '../modules/scheduling/groups-page';
import { SchedulePage } from '../modules/scheduling/schedule-page';
import type { Capability } from './access';
import { RequireAuth } from './auth/require-auth';
import { RequireCapability } from './auth/require-capability';
import { HomeRedirect } from './home-redirect';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import { AppLayout } from './shell/app-layout';

const guarded = (capability: Capability, page: ReactNode) => (
  <RequireCapability capability={capability}>{page}</RequireCapability>
);

// Client routes live under "/"; the server answers everything under /api itself.
export const router = createBrowserRouter([
  // A patient's kiosk or link form: outside the logged-in shell and its session handling, since the
  // token in the address is the only credential.
  { path: '/self-report/:token', element: <SelfReportPage /> },
  {
    element: <RootLayout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'patients', element: guarded('viewPatients', <PatientsPage />) },
          { path: 'patients/:patientId', element: guarded('viewPatients', <PatientChartPage />) },
          { path: 'programs', element: guarded('viewPrograms', <ProgramsPage />) },
          { path: 'schedule', element: guarded('viewSchedule', <SchedulePage />) },
          { path: 'groups', element: guarded('viewSchedule', <GroupsPage />) },
          { path: 'groups/bulk-enrollment', element: guarded('editSchedule', <BulkEnrollmentPage />) },
          { path: 'groups/:groupId', element: guarded('viewSchedule', <GroupPage />) },
          { path: 'sessions/:sessionId', element: guarded('viewAttendance', <SessionPage />) },
          { path: 'notes', element: guarded('viewNotes', <UnsignedNotesPage />) },
          { path: 'notes/:noteId', element: guarded('viewNotes', <DocumentPage />) },
          { path: 'tasks', element: guarded('viewTasks', <TasksPage />) },
          { path: 'compliance', element: guarded('viewCompliance', <CompliancePage />) },
          { path: 'outcomes/reports', element: guarded('viewOutcomeReports', <OutcomeReportsPage />) },
          { path: 'billing', element: guarded('viewBilling', <WorklistPage />) },
          { path: 'billing/claims', element: guarded('viewBilling', <ClaimsPage />) },
          { path: 'billing/claims/:claimId', element: guarded('viewBilling', <ClaimDetailPage />) },
          { path: 'billing/batches', element: guarded('viewBilling', <BatchesPage />) },
          { path: 'billing/remittances', element: guarded('viewBilling', <RemittancesPage />) },
          { path: 'payers', element: guarded('viewPayers', <PayersPage />) },
          { path: 'payers/:payerId', element: guarded('viewPayers', <PayerDetailPage />) },
          { path: 'admin/organization', element: guarded('administer', <OrganizationPage />) },
          { path: 'admin/sites', element: guarded('administer', <SitesPage />) },
          { path: 'admin/staff', element: guarded('administer', <StaffPage />) },
          { path: 'audit-log', element: guarded('viewAudit', <AuditLogPage />) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
