import type { PlannerDatabase, ReceivedFileRecord } from './database';

/** A received file as stored, with the number storage gave it (to remove it by). */
export type StoredReceivedFile = Required<ReceivedFileRecord>;

/**
 * Which of this computer's plans the consolidated view compares against: a plan's id, `null` when the user
 * chose none, absent (undefined) when the user has not chosen and the view may pick the likeliest.
 */
export type ProvincePlanChoice = string | null | undefined;

const CHOICE_KEY = 'consolidationProvincePlan';

/**
 * The plan files a province received, kept until the user clears them, and the user's choice of the
 * province's own plan, which belongs with them (cleared with them). Reading and checking the files is the
 * caller's: storage keeps their text as it came.
 */
export class ReceivedFileRepository {
  constructor(readonly db: PlannerDatabase) {}

  /** Every stored file, in the order they came. */
  async list(): Promise<StoredReceivedFile[]> {
    return (await this.db.receivedFiles.orderBy('seq').toArray()) as StoredReceivedFile[];
  }

  /** Stores files (all or none, one transaction) and returns them with their numbers. */
  async add(files: readonly Omit<ReceivedFileRecord, 'seq'>[]): Promise<StoredReceivedFile[]> {
    if (files.length === 0) return [];
    const records = files.map((f) => ({ fileName: f.fileName, text: f.text, receivedAt: f.receivedAt }));
    const seqs = await this.db.transaction('rw', this.db.receivedFiles, () => this.db.receivedFiles.bulkAdd(records, { allKeys: true }));
    return records.map((r, i) => ({ ...r, seq: seqs[i]! }));
  }

  async remove(seq: number): Promise<void> {
    await this.db.receivedFiles.delete(seq);
  }

  /** Forgets every received file and the choice of the province's plan, together. */
  async clear(): Promise<void> {
    await this.db.transaction('rw', this.db.receivedFiles, this.db.settings, async () => {
      await this.db.receivedFiles.clear();
      await this.db.settings.delete(CHOICE_KEY);
    });
  }

  async provincePlanChoice(): Promise<ProvincePlanChoice> {
    const record = await this.db.settings.get(CHOICE_KEY);
    if (!record) return undefined;
    const value = (record.value as { planId?: unknown } | null)?.planId;
    return typeof value === 'string' ? value : null;
  }

  async setProvincePlanChoice(planId: string | null): Promise<void> {
    await this.db.settings.put({ key: CHOICE_KEY, value: { planId } });
  }
}
