/**
 * The monthly follow-up's messages in Vietnamese (the view, its charts and the monthly report); `monitoringEn.ts`
 * has the same keys. Each part of the follow-up keeps its messages in a block of its own.
 */
export const monitoringVi = {
  // Status words: always shown as text beside their colour (README, "Theo dõi hằng tháng").
  status_met: 'Đạt',
  'status_on-track': 'Đúng tiến độ',
  'status_at-risk': 'Nguy cơ',
  status_behind: 'Chậm / không thể đạt',
  status_missing: 'Chưa có số liệu',
} as const;

export type MonitoringKey = keyof typeof monitoringVi;
