import { Box, Text } from '@mantine/core';
import { humanize } from '../../ui/format';
import type { PreviewLine } from './claim-preview.api';

interface RuleTraceProps {
  /** The rules that made a claim line, in the order they applied (BILLING-RULES §1: every line explains itself). */
  trace: PreviewLine['trace'];
  id: string;
  hidden?: boolean;
}

/** A claim line's rule trace as a numbered list, for its "Show rule trace" toggle to control. */
export function RuleTrace({ trace, id, hidden = false }: RuleTraceProps) {
  return (
    // A Box, not a Stack: a flex display would override the hidden attribute.
    <Box component="ol" id={id} m={0} pl="lg" hidden={hidden} aria-label="Rule trace">
      {trace.map((step, i) => (
        <Text component="li" size="xs" key={i}>
          <Text span size="xs" fw={600}>
            {humanize(step.rule)}
          </Text>
          : {step.detail}
        </Text>
      ))}
    </Box>
  );
}
