export * from './attendance.tables.ts';
export { createAttendanceService, type AttendanceService } from './attendance.service.ts';
export { attendanceRoutes } from './attendance.routes.ts';
