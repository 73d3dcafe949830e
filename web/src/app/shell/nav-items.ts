import {
  IconBuilding,
  IconCalendarStats,
  IconCalendarWeek,
  IconChartBar,
  IconChecklist,
  IconFileInvoice,
  IconId,
  IconMapPin,
  IconNotes,
  IconReportAnalytics,
  IconReceipt2,
  IconShieldCheck,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { can, type Capability } from '../access';

export interface NavItem {
  label: string;
  to: string;
  icon: Icon;
  capability: Capability;
  /** Hidden when the user also has this capability (the same page is linked under Administration). */
  unless?: Capability;
}

export interface NavSection {
  /** Sections with a label are announced as a group ("Administration"). */
  label?: string;
  items: NavItem[];
}

const SECTIONS: NavSection[] = [
  {
    items: [
      { label: 'Patients', to: '/patients', icon: IconUsers, capability: 'viewPatients' },
      { label: 'Schedule', to: '/schedule', icon: IconCalendarWeek, capability: 'viewSchedule' },
      { label: 'Groups', to: '/groups', icon: IconUsersGroup, capability: 'viewSchedule' },
      { label: 'My notes', to: '/notes', icon: IconNotes, capability: 'viewNotes' },
      { label: 'Tasks', to: '/tasks', icon: IconChecklist, capability: 'viewTasks' },
      { label: 'Compliance', to: '/compliance', icon: IconReportAnalytics, capability: 'viewCompliance' },
      { label: 'Outcomes', to: '/outcomes/reports', icon: IconChartBar, capability: 'viewOutcomeReports' },
      { label: 'Billing', to: '/billing', icon: IconFileInvoice, capability: 'viewBilling' },
      { label: 'Programs', to: '/programs', icon: IconCalendarStats, capability: 'viewPrograms', unless: 'administer' },
      { label: 'Payers', to: '/payers', icon: IconReceipt2, capability: 'editPayers', unless: 'administer' },
    ],
  },
  {
    label: 'Administration',
    items: [
      { label: 'Organization', to: '/admin/organization', icon: IconBuilding, capability: 'administer' },
      { label: 'Sites & rooms', to: '/admin/sites', icon: IconMapPin, capability: 'administer' },
      { label: 'Staff', to: '/admin/staff', icon: IconId, capability: 'administer' },
      { label: 'Programs', to: '/programs', icon: IconCalendarStats, capability: 'administer' },
      { label: 'Payers', to: '/payers', icon: IconReceipt2, capability: 'administer' },
    ],
  },
  { items: [{ label: 'Audit log', to: '/audit-log', icon: IconShieldCheck, capability: 'viewAudit' }] },
];

/** The sections and links a user with these roles may see; a role that cannot use a page gets no link. */
export function navFor(roles: readonly string[]): NavSection[] {
  return SECTIONS.map((section) => ({
    ...section,
    items: section.items.filter((i) => can(roles, i.capability) && !(i.unless && can(roles, i.unless))),
  })).filter((section) => section.items.length > 0);
}

/** Where "/" leads: the first page the user may see. */
export const homeFor = (roles: readonly string[]): string | null => navFor(roles)[0]?.items[0]?.to ?? null;
