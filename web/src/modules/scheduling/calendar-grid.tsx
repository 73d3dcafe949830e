import { Box, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useRef, useState, type CSSProperties, type DragEvent } from 'react';
import classes from './calendar.module.css';
import { movable, sessionTitle } from './session-info';
import type { CalendarSession } from './sessions.api';
import { formatTime, localParts, timeOfDay, todayLocal } from './time';

/** The day shown by default; widened to any session outside it. */
const DAY_START = 7 * 60;
const DAY_END = 19 * 60;
const HOUR_PX = 64;
const PX_PER_MIN = HOUR_PX / 60;
/** Drops snap to quarter hours. */
const SNAP = 15;

interface Placed {
  session: CalendarSession;
  date: string;
  start: number;
  end: number;
  lane: number;
  lanes: number;
}

/**
 * Places each day's sessions at their local times (each in its own zone) and gives overlapping
 * ones side-by-side lanes.
 */
function place(sessions: CalendarSession[], dates: string[]): Map<string, Placed[]> {
  const byDate = new Map<string, Placed[]>(dates.map((d) => [d, []]));
  for (const session of sessions) {
    const start = localParts(session.startsAt, session.timeZone);
    const end = localParts(session.endsAt, session.timeZone);
    const endMinutes = end.date === start.date ? end.minutes : 24 * 60;
    byDate
      .get(start.date)
      ?.push({ session, date: start.date, start: start.minutes, end: endMinutes, lane: 0, lanes: 1 });
  }
  for (const day of byDate.values()) {
    day.sort((a, b) => a.start - b.start || b.end - a.end);
    let cluster: Placed[] = [];
    let clusterEnd = -1;
    const close = () => cluster.forEach((p) => (p.lanes = Math.max(...cluster.map((c) => c.lane)) + 1));
    for (const p of day) {
      if (p.start >= clusterEnd) {
        close();
        cluster = [];
      }
      const laneEnds = new Map<number, number>();
      for (const c of cluster) laneEnds.set(c.lane, Math.max(laneEnds.get(c.lane) ?? 0, c.end));
      let lane = 0;
      while ((laneEnds.get(lane) ?? -1) > p.start) lane += 1;
      p.lane = lane;
      cluster.push(p);
      clusterEnd = Math.max(clusterEnd, p.end);
    }
    close();
  }
  return byDate;
}

export interface MoveRequest {
  session: CalendarSession;
  date: string;
  time: string;
}

interface CalendarGridProps {
  dates: string[];
  sessions: CalendarSession[];
  canMove: boolean;
  onOpen: (sessionId: string) => void;
  onMove: (request: MoveRequest) => void;
}

/** A time grid, one column per day; sessions are buttons, and can be dragged to another time or day. */
export function CalendarGrid({ dates, sessions, canMove, onOpen, onMove }: CalendarGridProps) {
  const placed = place(sessions, dates);
  const all = [...placed.values()].flat();
  const first = Math.min(DAY_START, ...all.map((p) => Math.floor(p.start / 60) * 60));
  const last = Math.max(DAY_END, ...all.map((p) => Math.ceil(p.end / 60) * 60));
  const hours = Array.from({ length: (last - first) / 60 }, (_, i) => first + i * 60);
  const height = (last - first) * PX_PER_MIN;
  const today = todayLocal();

  // What is being dragged, and how far below its top edge it was picked up (in minutes).
  const drag = useRef<{ session: CalendarSession; grab: number; length: number } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [target, setTarget] = useState<{ date: string; start: number; length: number } | null>(null);

  const dropStart = (event: DragEvent<HTMLElement>): number | null => {
    if (!drag.current) return null;
    const top = event.currentTarget.getBoundingClientRect().top;
    const minutes = (event.clientY - top) / PX_PER_MIN - drag.current.grab;
    const snapped = Math.round(minutes / SNAP) * SNAP + first;
    return Math.min(Math.max(snapped, first), last - SNAP);
  };

  const endDrag = () => {
    drag.current = null;
    setDragging(null);
    setTarget(null);
  };

  return (
    <Box className={classes.grid} style={{ '--days': dates.length, '--hour': `${HOUR_PX}px` } as CSSProperties}>
      <div className={classes.corner} aria-hidden />
      {dates.map((date) => (
        <div key={date} className={classes.dayHeader} data-today={date === today || undefined}>
          {dates.length === 1 ? dayjs(date).format('dddd MM/DD') : dayjs(date).format('ddd MM/DD')}
        </div>
      ))}
      <div className={classes.hours} style={{ height }} aria-hidden>
        {hours.map((h) => (
          <span key={h} className={classes.hourLabel} style={{ top: (h - first) * PX_PER_MIN + (h === first ? 8 : 0) }}>
            {timeOfDay(h)}
          </span>
        ))}
      </div>
      {dates.map((date) => (
        <div
          key={date}
          className={classes.day}
          style={{ height }}
          data-today={date === today || undefined}
          data-date={date}
          onDragOver={(event) => {
            const start = dropStart(event);
            if (start === null || !drag.current) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            if (target?.date !== date || target.start !== start)
              setTarget({ date, start, length: drag.current.length });
          }}
          onDragLeave={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setTarget(null);
          }}
          onDrop={(event) => {
            event.preventDefault();
            const start = dropStart(event);
            const moved = drag.current;
            endDrag();
            if (start === null || !moved) return;
            const from = localParts(moved.session.startsAt, moved.session.timeZone);
            if (from.date === date && from.minutes === start) return;
            onMove({ session: moved.session, date, time: timeOfDay(start) });
          }}
        >
          {target?.date === date && (
            <div
              className={classes.dropTarget}
              style={{ top: (target.start - first) * PX_PER_MIN, height: target.length * PX_PER_MIN }}
            >
              <span>{timeOfDay(target.start)}</span>
            </div>
          )}
          {placed.get(date)!.map((p) => (
            <SessionBlock
              key={p.session.id}
              placed={p}
              top={(p.start - first) * PX_PER_MIN}
              draggable={canMove && movable(p.session)}
              dragging={dragging === p.session.id}
              onOpen={() => onOpen(p.session.id)}
              onDragStart={(event) => {
                const rect = event.currentTarget.getBoundingClientRect();
                drag.current = {
                  session: p.session,
                  grab: (event.clientY - rect.top) / PX_PER_MIN,
                  length: p.end - p.start,
                };
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', p.session.id);
                setDragging(p.session.id);
              }}
              onDragEnd={endDrag}
            />
          ))}
        </div>
      ))}
    </Box>
  );
}

interface SessionBlockProps {
  placed: Placed;
  top: number;
  draggable: boolean;
  dragging: boolean;
  onOpen: () => void;
  onDragStart: (event: DragEvent<HTMLButtonElement>) => void;
  onDragEnd: () => void;
}

function SessionBlock({ placed: p, top, draggable, dragging, onOpen, onDragStart, onDragEnd }: SessionBlockProps) {
  const s = p.session;
  const cancelled = s.status === 'cancelled';
  const width = 100 / p.lanes;
  const staff = s.facilitators.map((f) => f.name.family).join(', ');
  return (
    <UnstyledButton
      className={classes.block}
      style={{
        top,
        height: Math.max((p.end - p.start) * PX_PER_MIN - 2, 18),
        left: `calc(${p.lane * width}% + 2px)`,
        width: `calc(${width}% - 4px)`,
      }}
      data-individual={s.groupId === null || undefined}
      data-cancelled={cancelled || undefined}
      data-dragging={dragging || undefined}
      data-session-id={s.id}
      draggable={draggable}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onClick={onOpen}
    >
      <span className={classes.top}>
        <span className={classes.line}>
          <VisuallyHidden component="span">{dayjs(p.date).format('dddd MM/DD')} </VisuallyHidden>
          {formatTime(s.startsAt, s.timeZone)}
          <span className={classes.until}>–{formatTime(s.endsAt, s.timeZone)}</span>
        </span>
        {s.groupId !== null && (
          <span className={classes.count}>
            <IconUsers size={11} aria-hidden />
            {s.expectedCount}
            <span className={classes.countWord}> expected</span>
          </span>
        )}
      </span>
      <span className={classes.title}>
        {cancelled && <VisuallyHidden component="span">Cancelled: </VisuallyHidden>}
        {sessionTitle(s.groupName, s.kind, s.patient?.name)}
      </span>
      <span className={classes.line}>{s.roomName ?? 'No room'}</span>
      {staff && <span className={classes.line}>{staff}</span>}
    </UnstyledButton>
  );
}
