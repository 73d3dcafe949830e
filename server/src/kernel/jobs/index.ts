export { startPeriodic, type PeriodicJob, type RunningJob } from './periodic.ts';
