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

  // VIEW: the monitoring view (grid, filters, ranking, month bars).
  col_rank: 'Hạng',
  col_rate: 'Tỷ lệ lũy kế',
  col_rate_hint: 'ΣN/ΣD từ đầu kỳ đến tháng chọn (cắt, một chữ số thập phân)',
  col_target: 'Chỉ tiêu',
  col_target_hint: 'chỉ tiêu của đơn vị (hoặc chỉ tiêu giao chung khi đơn vị chưa có)',
  col_gap: 'Chênh lệch',
  col_gap_hint: 'tỷ lệ lũy kế − chỉ tiêu',
  col_required: 'Cần đạt',
  col_required_hint: 'tỷ lệ cần đạt trong các tháng còn lại (làm tròn lên)',
  col_status: 'Tình trạng',
  col_status_hint: 'Đạt / Đúng tiến độ / Nguy cơ / Chậm',
  aggregateRow: 'Toàn đơn vị (ΣN/ΣD)',
  enteredAsRate: 'nhập dưới dạng tỷ lệ',
  requiredImpossible: 'Cần hơn 100% trong các tháng còn lại: không thể đạt chỉ tiêu.',
  rateHint: 'Lũy kế {months} tháng có số liệu',
  rule_met: 'Đạt: tỷ lệ lũy kế ≥ chỉ tiêu',
  'rule_on-track': 'Đúng tiến độ: tỷ lệ cần đạt ≤ tỷ lệ tháng gần nhất',
  'rule_at-risk': 'Nguy cơ: tỷ lệ cần đạt > tỷ lệ tháng gần nhất và ≤ 100%',
  rule_behind: 'Chậm: tỷ lệ cần đạt > 100%',
  rule_missing: 'Chưa có số liệu: chưa tháng nào có số liệu, hoặc chưa có chỉ tiêu',
  monthLabel: 'Tháng',
  monthOption: 'Tháng {month}/{year}',
  laggingOnly: 'Chỉ đơn vị chậm',
  laggingOnlyHint: 'Chỉ hiện đơn vị Chậm hoặc Nguy cơ',
  indicatorFilter: 'Chỉ tiêu',
  indicatorAll: 'Tất cả chỉ tiêu',
  ranking: 'Xếp hạng',
  rankingHint: 'Xếp đơn vị từ tốt nhất đến kém nhất (theo tình trạng, rồi theo mức vượt chỉ tiêu)',
  reportOpen: 'Báo cáo tháng',
  legendTitle: 'Cách xếp tình trạng',
  detailsTitle: 'Các tháng của {unit}',
  detailsNone: 'Chọn một ô của đơn vị để xem các tháng.',
  detailsMissing: 'chưa có số liệu',
  barsLabel: '{indicator}: tỷ lệ từng tháng; ô trống là tháng chưa có số liệu; vạch ngang là chỉ tiêu {target}',
  barMonth: 'Tháng {month}: {value}',
  refused_aboveDenominator: '«{text}» lớn hơn mẫu số của tháng: tử số không thể vượt mẫu số.',
  refused_belowNumerator: '«{text}» nhỏ hơn tử số của tháng: mẫu số không thể nhỏ hơn tử số.',
  refusedCells: 'Không ghi gì: {n} ô không hợp lệ. {first}',
  pasteNoCell: 'Chọn một ô số liệu của đơn vị trước khi dán.',
  pastePastEnd: 'Khối dán vượt quá số hàng hoặc số cột của bảng: không ghi gì.',
  summaryCounts: '{met} đạt · {onTrack} đúng tiến độ · {atRisk} nguy cơ · {behind} chậm · {missing} chưa có số liệu',
} as const;

export type MonitoringKey = keyof typeof monitoringVi;
