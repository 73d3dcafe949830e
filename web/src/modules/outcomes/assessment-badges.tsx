import { Badge, ColorSwatch, Group, Text } from '@mantine/core';
import { humanize } from '../../ui/format';
import type { Assessment, Instrument } from './outcomes.api';
import { severityColor } from './severity';

/** The severity in words, with its band's colour as a swatch (the colour never carries it alone). */
export function SeverityLabel({
  instrument,
  severity,
}: {
  instrument: Instrument | undefined;
  severity: string | null;
}) {
  if (!severity) return <Text size="sm">—</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <ColorSwatch color={severityColor(instrument, severity)} size={10} aria-hidden />
      <Text size="sm">{humanize(severity)}</Text>
    </Group>
  );
}

/**
 * Response, remission and reliable change against the episode's baseline (computed by the server from
 * the instrument's rules; domain reference §4.3). Reliable change counts in either direction.
 */
export function ChangeBadges({ change }: { change: Assessment['change'] }) {
  if (!change) return null;
  return (
    <Group gap={4} wrap="wrap">
      {change.remission && (
        <Badge color="teal" tt="none">
          Remission
        </Badge>
      )}
      {change.response && (
        <Badge variant="light" color="teal" c="teal.9" tt="none">
          Response
        </Badge>
      )}
      {change.reliableChange && change.delta > 0 && (
        <Badge color="red" tt="none">
          Reliable worsening
        </Badge>
      )}
      {change.reliableChange && change.delta < 0 && !change.response && (
        <Badge variant="outline" color="gray" c="dark.7" tt="none">
          Reliable improvement
        </Badge>
      )}
    </Group>
  );
}

export function FlagBadges({ flags }: { flags: string[] }) {
  return (
    <Group gap={4} wrap="wrap">
      {flags.map((flag) =>
        flag === 'suicide_risk' ? (
          <Badge key={flag} color="red" tt="none">
            Suicide risk
          </Badge>
        ) : (
          <Badge key={flag} variant="light" color="gray" c="dark.7" tt="none">
            {humanize(flag)}
          </Badge>
        ),
      )}
    </Group>
  );
}
