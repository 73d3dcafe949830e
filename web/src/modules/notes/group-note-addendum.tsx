import { api, unwrap } from '../../api/client';
import { AddAddendumForm } from './document-addenda';
import { useAddGroupAddendum, type GroupNote } from './group-note.api';

/** An addendum to the signed group note; the editor shows the note again with it. */
export function GroupNoteAddendum({ sessionId, onAdded }: { sessionId: string; onAdded: (note: GroupNote) => void }) {
  const add = useAddGroupAddendum(sessionId);
  return (
    <AddAddendumForm
      add={add}
      onAdded={async () =>
        onAdded(await unwrap(api.GET('/api/sessions/{id}/note', { params: { path: { id: sessionId } } })))
      }
    />
  );
}
