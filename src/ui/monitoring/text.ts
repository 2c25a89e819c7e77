import { messagesOf } from '../i18n/t';
import { monitoringEn } from './monitoringEn';
import { monitoringVi, type MonitoringKey } from './monitoringVi';

/**
 * The monthly follow-up's messages, in a dictionary of their own: they load with the follow-up's code, never with
 * the first screen. Both languages come together (a few kilobytes); placeholders as in `t()`.
 */
export const tm = messagesOf(monitoringVi, monitoringEn);

export type { MonitoringKey };

/** A month as offices write it: `2023-07` → `Tháng 7/2023` (`Month 7/2023`). */
export const monthText = (month: string): string => tm('monthOption', { month: Number(month.slice(5)), year: month.slice(0, 4) });
