// The outcomes module's use cases, composed from its sub-entities.
import { createAssessmentsService, type OutcomesDeps } from './assessments.service.ts';
import { createMeasuresService } from './measures.service.ts';
import { createReportsService } from './reports.service.ts';
import { createSelfReportService } from './self-report.service.ts';

export type { OutcomesDeps };
export type OutcomesService = ReturnType<typeof createOutcomesService>;

export function createOutcomesService(deps: OutcomesDeps) {
  const assessments = createAssessmentsService(deps);
  const measures = createMeasuresService(deps);
  const selfReport = createSelfReportService(deps, assessments, measures);
  const reports = createReportsService(deps);
  return { assessments, measures, selfReport, reports };
}
