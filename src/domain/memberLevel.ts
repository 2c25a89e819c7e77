import { foldDiacritics } from './indicators';
import type { Unit } from './plan';

/**
 * The level of a plan's member units, for the words the screen and the print use ("cho cấp xã", "từng xã"):
 * the tool never hard-codes the levels, and a province plan over its districts speaks of "cấp huyện".
 * Read from the units' types: communes (xã, phường, thị trấn, đặc khu), districts (huyện, quận, thị xã,
 * thành phố), or, mixed or unknown, the neutral "member units". A plan without units is a district's plan.
 */
export type MemberLevel = 'commune' | 'district' | 'member';

const COMMUNE = /^(xa|phuong|thi tran|dac khu)\b/;
const DISTRICT = /^(huyen|quan|thi xa|thanh pho|tp)\b/;

export function memberLevel(units: readonly Pick<Unit, 'type' | 'name'>[]): MemberLevel {
  if (units.length === 0) return 'commune';
  let communes = 0;
  let districts = 0;
  for (const u of units) {
    // The type when given, else the name's first words ("Xã Phước Sơn", "Huyện Phù Cát").
    const words = foldDiacritics(u.type.trim() || u.name.trim()).toLowerCase();
    if (COMMUNE.test(words)) communes++;
    else if (DISTRICT.test(words)) districts++;
  }
  if (communes === units.length) return 'commune';
  if (districts === units.length) return 'district';
  return 'member';
}
