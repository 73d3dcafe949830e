// Scheduling answers carry ids of programs, rooms and staff; screens show names. The lists are
// small and cached, so every scheduling screen shares one lookup over them.
import { roleLabel, type Role } from '../../app/access';
import { formatName } from '../../ui/format';
import { useAllRooms, useAllSites, useAllStaff, type Room, type Staff } from '../organization/organization.api';
import { useAllPrograms, type Program } from '../programs/programs.api';

/** Roles that run groups and see patients one to one. */
const FACILITATING_ROLES: Role[] = [
  'program_director',
  'psychiatrist',
  'nurse_practitioner',
  'therapist',
  'nurse',
  'case_manager',
  'peer_specialist',
];

export interface Option {
  value: string;
  label: string;
}

export const staffLabel = (s: Staff): string => `${formatName(s.name)}${s.credentials ? `, ${s.credentials}` : ''}`;

export function useSchedulingLookups() {
  const programs = useAllPrograms();
  const rooms = useAllRooms();
  const staff = useAllStaff();
  const sites = useAllSites();

  const program = (id: string | null | undefined): Program | undefined => programs.data?.find((p) => p.id === id);
  const room = (id: string | null | undefined): Room | undefined => rooms.data?.find((r) => r.id === id);
  const member = (id: string | null | undefined): Staff | undefined => staff.data?.find((s) => s.id === id);

  return {
    programName: (id: string | null | undefined) => program(id)?.name ?? '—',
    roomName: (id: string | null | undefined) => room(id)?.name ?? '—',
    staffName: (id: string | null | undefined) => {
      const s = member(id);
      return s ? staffLabel(s) : '—';
    },
    /** The zone a program's site keeps its clock in (appointments are entered in it). */
    programTimeZone: (id: string | null | undefined) =>
      sites.data?.find((s) => s.id === program(id)?.siteId)?.timeZone ?? null,
    roomTimeZone: (id: string | null | undefined) =>
      sites.data?.find((s) => s.id === room(id)?.siteId)?.timeZone ?? null,
    programOptions: (activeOnly = true): Option[] =>
      (programs.data ?? [])
        .filter((p) => !activeOnly || p.active)
        .map((p) => ({ value: p.id, label: `${p.name} (${p.levelOfCare})` })),
    /** Active rooms, of one program's site when a program is given. */
    roomOptions: (programId?: string | null): Option[] => {
      const siteId = programId ? program(programId)?.siteId : undefined;
      return (rooms.data ?? [])
        .filter((r) => r.active && (!siteId || r.siteId === siteId))
        .map((r) => ({ value: r.id, label: `${r.name} (${r.capacity} seats)` }));
    },
    /** Active clinical staff and peer specialists: who can facilitate or see a patient. */
    clinicianOptions: (): Option[] =>
      (staff.data ?? [])
        .filter((s) => s.active && s.roles.some((r) => (FACILITATING_ROLES as string[]).includes(r)))
        .map((s) => ({
          value: s.id,
          label: `${staffLabel(s)} (${s.roles
            .filter((r) => r !== 'admin')
            .map(roleLabel)
            .join(', ')})`,
        })),
  };
}
