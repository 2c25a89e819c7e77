import type { MonitoringKey } from './monitoringVi';

export const monitoringEn: Record<MonitoringKey, string> = {
  status_met: 'Met',
  'status_on-track': 'On track',
  'status_at-risk': 'At risk',
  status_behind: 'Behind / cannot be met',
  status_missing: 'No figures yet',
};
