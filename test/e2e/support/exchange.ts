/** Shared by the file-exchange tests (exchangeCsv.e2e.ts, exchangePlanFile.e2e.ts): the demo plan's names and files. */
import type { FilePayload } from './files';
import type { PlanPage } from './planPage';

export const DEMO_NAME = 'Kế hoạch mẫu — Huyện Tuy Phước';
/** safeFileName(DEMO_NAME, '2023-H2') */
export const DEMO_FILE_STEM = 'Ke-hoach-mau-Huyen-Tuy-Phuoc_2023-H2';
export const ONLINE_TARGET = 'target.online_dossiers';

export const planIdOf = async (plan: PlanPage) => (await plan.root.getAttribute('data-plan-id')) ?? '';
export const asUpload = (file: { name: string; bytes: Buffer }, mimeType: string): FilePayload => ({ name: file.name, mimeType, buffer: file.bytes });
