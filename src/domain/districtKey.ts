import { foldDiacritics } from './indicators';

/**
 * `Huyện Tuy Phước` and `UBND huyện Tuy Phước` → `huyen tuy phuoc`: one district however a list or a plan
 * writes it. The type word stays (Huyện Long Mỹ and Thị xã Long Mỹ are two districts).
 */
export const districtKey = (name: string) =>
  foldDiacritics(name).toLowerCase().replace(/^ubnd\s+/, '').replace(/^tp\.?\s+/, 'thanh pho ').replace(/\s+/g, ' ').trim();
