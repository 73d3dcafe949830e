import { Progress, Stack, Text } from '@mantine/core';
import type { Authorization } from './patients.api';

/** Units used against the authorization; turns orange at 80 % and red when exhausted. */
export function AuthorizationUsage({ authorization: a }: { authorization: Authorization }) {
  const percent = a.units > 0 ? Math.min(100, (a.used / a.units) * 100) : 100;
  const color = a.remaining <= 0 ? 'red' : percent >= 80 ? 'orange' : 'teal';
  const label = `${a.used} of ${a.units} ${a.unitType} used, ${a.remaining} remaining`;
  return (
    <Stack gap={4} miw={160}>
      <Progress
        value={percent}
        color={color}
        size="md"
        aria-label={`Authorization ${a.number} usage`}
        aria-valuetext={label}
      />
      <Text size="xs" c={a.remaining <= 0 ? 'red.8' : 'dimmed'}>
        {a.used}/{a.units} used · {a.remaining} left
      </Text>
    </Stack>
  );
}
