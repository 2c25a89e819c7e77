import { describe, expect, it } from 'vitest';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { serializePlanFile } from '../../src/io/serializePlanFile';
import { readCsvBytes, readJsonBytes, SMALL_FILE_BYTES } from '../../src/state/fileReaders';
import { NOW } from '../support/builders';

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const noProgress = () => undefined;

// Node has no Worker: a file that reaches the worker fails here, one read on the page does not.
describe('reading a file on the page or in the worker', () => {
  const plan = makeDemoPlan(NOW);
  const context = { units: plan.units, indicators: plan.indicators };
  const first = plan.units[0]!;

  it('reads a small CSV on the page, through the same reader, leaving its bytes for a second reading', async () => {
    const bytes = bytesOf(`Mã đơn vị;Tên đơn vị\n${first.code};Tên mới\n`);
    const read = await readCsvBytes(bytes, context, undefined, noProgress);
    expect(read.ok && read.preview.updates.map((u) => [u.before.code, u.after.name])).toEqual([[first.code, 'Tên mới']]);
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it('reads a small plan file on the page and reports it done', async () => {
    const done: number[] = [];
    const reading = await readJsonBytes(bytesOf(serializePlanFile(plan, { appVersion: '0.1.0', exportedAt: NOW })), 'x.dvctt.json', (d) => done.push(d));
    expect(reading.kind === 'planFile' && reading.restored.ok && reading.restored.value.plan.units.length).toBe(plan.units.length);
    expect(done).toEqual([1]);
  });

  it('hands a file larger than the limit to the worker', async () => {
    const large = bytesOf(`Mã đơn vị;Tên đơn vị;Ghi chú\n${first.code};Tên mới;${'x'.repeat(SMALL_FILE_BYTES)}\n`);
    await expect(readCsvBytes(large, context, undefined, noProgress)).rejects.toThrow(/Worker/);
    await expect(readJsonBytes(bytesOf(`{"a":"${'x'.repeat(SMALL_FILE_BYTES)}"}`), 'x.json', noProgress)).rejects.toThrow(/Worker/);
  });

  it('says a reading cancelled meanwhile was cancelled', async () => {
    const aborted = AbortSignal.abort();
    await expect(readCsvBytes(bytesOf('Mã đơn vị\n1\n'), context, undefined, noProgress, aborted)).rejects.toThrow(/cancelled/);
  });
});
