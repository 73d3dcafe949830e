import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { BodyOf, ItemOf, ResponseOf } from '../../api/paths';
import { useInvalidatingMutation } from '../../ui/mutations';

export type NoteTemplate = ItemOf<'/api/note-templates'>;
export type ChartNote = ItemOf<'/api/patients/{id}/notes'>;
export type PatientDocument = ResponseOf<'/api/notes/{id}'>;
export type NewDocumentBody = BodyOf<'/api/patients/{id}/notes', 'post'>;
export type DocumentBody = BodyOf<'/api/notes/{id}', 'put'>;
export type UnsignedNote = ItemOf<'/api/notes/unsigned'>;
export type Addendum = PatientDocument['addenda'][number];
export type Signature = NonNullable<PatientDocument['signature']>;

// Every note view sits under ['notes']: a signature or an addendum changes the document, the
// patient's chart and the signer's queue at once, so one invalidation refreshes them all.
const NOTES = ['notes'] as const;
export const notesKeys = {
  templates: [...NOTES, 'templates'] as const,
  chart: (patientId: string) => [...NOTES, 'patients', patientId] as const,
  document: (id: string) => [...NOTES, 'documents', id] as const,
  unsigned: [...NOTES, 'unsigned'] as const,
};

export const useNoteTemplates = () =>
  useQuery({
    queryKey: notesKeys.templates,
    queryFn: () => unwrap(api.GET('/api/note-templates')).then((r) => r.items),
    // Templates change only with a release.
    staleTime: Infinity,
  });

/** The chart's notes, newest first (the server's order): signed group notes and the patient's documents. */
export const useChartNotes = (patientId: string) =>
  useQuery({
    queryKey: notesKeys.chart(patientId),
    queryFn: () =>
      unwrap(api.GET('/api/patients/{id}/notes', { params: { path: { id: patientId } } })).then((r) => r.items),
  });

const fetchDocument = (id: string) => unwrap(api.GET('/api/notes/{id}', { params: { path: { id } } }));

export const useDocument = (id: string) =>
  useQuery({ queryKey: notesKeys.document(id), queryFn: () => fetchDocument(id) });

/** Reads the document again past the cache: what was saved since the editor loaded it. */
export function useLatestDocument(id: string): () => Promise<PatientDocument> {
  const client = useQueryClient();
  return () => client.fetchQuery({ queryKey: notesKeys.document(id), queryFn: () => fetchDocument(id), staleTime: 0 });
}

/** The lists a document shows in: the patient's chart and the signer's (or co-signer's) queue. */
const LISTS = [[...NOTES, 'patients'], notesKeys.unsigned];

/**
 * A change that answers with the whole document: the answer becomes the cached document at once
 * (no second read), and the lists refresh.
 */
function useDocumentChange<V>(id: string, change: (variables: V) => Promise<PatientDocument>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (saved) => {
      client.setQueryData(notesKeys.document(id), saved);
      await Promise.all(LISTS.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

export const useCreateDocument = (patientId: string) =>
  useInvalidatingMutation(LISTS, (body: NewDocumentBody) =>
    unwrap(api.POST('/api/patients/{id}/notes', { params: { path: { id: patientId } }, body })),
  );

/** Saves the draft; `version` is the one the editor loaded, so a stale save is refused (409). */
export const useSaveDocument = (id: string) =>
  useDocumentChange(id, (body: DocumentBody) => unwrap(api.PUT('/api/notes/{id}', { params: { path: { id } }, body })));

export const useSignDocument = (id: string) =>
  useDocumentChange(id, () => unwrap(api.POST('/api/notes/{id}/sign', { params: { path: { id } } })));

export const useCosignDocument = (id: string) =>
  useDocumentChange(id, () => unwrap(api.POST('/api/notes/{id}/cosign', { params: { path: { id } } })));

export const useAddAddendum = (id: string) =>
  useInvalidatingMutation(NOTES, (text: string) =>
    unwrap(api.POST('/api/notes/{id}/addenda', { params: { path: { id } }, body: { text } })),
  );

/** What the user still owes: notes to sign and others' notes to co-sign, soonest due first. */
export const useUnsignedNotes = () =>
  useQuery({
    queryKey: notesKeys.unsigned,
    queryFn: () => unwrap(api.GET('/api/notes/unsigned')).then((r) => r.items),
  });
