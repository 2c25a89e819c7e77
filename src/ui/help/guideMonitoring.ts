import type { GuideSection } from './guide';

/**
 * The user guide's section on following the plan month by month (the "Theo dõi" view, monthly statistics files,
 * the monthly report and the province's follow-up), in both languages. Names in `**…**` are the app's texts exactly
 * (a test checks it).
 */

export const monitoringSectionVi: GuideSection = {
  id: 'monitoring',
  title: '11. Theo dõi kết quả hằng tháng',
  blocks: [
    { kind: 'paragraph', text: 'Sau khi giao chỉ tiêu, hằng tháng huyện tổng hợp kết quả của từng xã và so với chỉ tiêu. Kết quả là cặp số đếm '
      + 'như hệ thống một cửa báo cáo: tử số (ví dụ hồ sơ trực tuyến) trên mẫu số (hồ sơ tiếp nhận). Tháng chưa có số liệu để trống — không bao giờ tính là 0.' },
    { kind: 'steps', items: [
      'Mở kế hoạch, bấm **Theo dõi** ở đầu trang, rồi chọn tháng ở ô **Tháng**.',
      'Nhập số liệu như ở bảng phân bổ: gõ số rồi [[Enter]], dán cả khối từ Excel, [[Ctrl+Z]] để hoàn tác. Mỗi chỉ tiêu có hai cột: tử số và mẫu số. '
        + 'Khi chỉ biết tỷ lệ, gõ `85,5%` vào cột tử số: ô được đánh dấu là nhập dưới dạng tỷ lệ. Tử số lớn hơn mẫu số, số âm hay số lẻ đều bị từ chối và không ghi gì.',
      'Hoặc bấm **Nhập tệp…** và chọn tệp CSV hay Excel (.xlsx) xuất từ hệ thống một cửa. Ứng dụng nhận ra các cột như «Tiếp nhận trực tuyến», '
        + '«Tổng HS có nghĩa vụ tài chính»; tệp không có cột tháng được nhập vào tháng đang xem (phần xem trước ghi rõ tháng nào). Xem trước rồi bấm **Áp dụng**.',
      'Đọc kết quả: **Tỷ lệ lũy kế** = tổng tử số / tổng mẫu số từ đầu kỳ; **Cần đạt** là tỷ lệ các tháng còn lại phải đạt để đạt chỉ tiêu; **Tình trạng** ghi bằng chữ và màu.',
      'Bấm **Chỉ đơn vị chậm** để chỉ xem đơn vị chậm hoặc có nguy cơ, **Xếp hạng** để xếp từ tốt nhất đến kém nhất; chọn một ô để xem các tháng của đơn vị.',
      'Bấm **Báo cáo tháng** để mở báo cáo: **In báo cáo** (khổ A4 ngang), **Xuất HTML để công khai** (một tệp đọc được ở mọi trình duyệt, không có mã chạy), **Xuất CSV** hoặc Excel. '
        + 'Bảng xếp hạng dài hơn 10 trang hiện 10 trang đầu ngay, các trang sau được thêm dần (dòng trên báo cáo ghi đã được bao nhiêu trang); khi in, mọi trang đều có đủ.',
    ] },
    { kind: 'table', head: ['Tình trạng', 'Khi nào'], rows: [
      ['Đạt', 'tỷ lệ lũy kế ≥ chỉ tiêu'],
      ['Đúng tiến độ', 'chưa đạt, nhưng tỷ lệ cần đạt ≤ tỷ lệ của tháng gần nhất'],
      ['Nguy cơ', 'tỷ lệ cần đạt cao hơn tỷ lệ tháng gần nhất, nhưng không quá 100%'],
      ['Chậm / không thể đạt', 'tỷ lệ cần đạt > 100% (hoặc đã hết kỳ mà chưa đạt)'],
      ['Chưa có số liệu', 'chưa tháng nào có số liệu, hoặc đơn vị chưa có chỉ tiêu'],
      ['Chưa đủ số liệu (k/n đơn vị)', 'dòng tổng khi còn đơn vị thiếu số liệu của một tháng đã qua: tỷ lệ vẫn hiện, nhưng chưa xếp loại cho đến khi đủ n/n đơn vị'],
      ['Thiếu mẫu số', 'một tháng có tử số (hoặc tỷ lệ) mà chưa có mẫu số: tháng đó không được cộng vào tỷ lệ nào, và đơn vị chưa được xếp loại cho đến khi nhập đủ'],
    ] },
    { kind: 'paragraph', text: 'Phía tỉnh: tệp kế hoạch các huyện gửi lên mang theo kết quả hằng tháng. Trong trang tổng hợp, phần tiến độ tháng '
      + 'cho thấy tỷ lệ lũy kế của từng huyện (tổng trên mọi xã của huyện), xếp hạng, toàn tỉnh và các huyện chậm hoặc có nguy cơ.' },
  ],
};

export const monitoringSectionEn: GuideSection = {
  id: 'monitoring',
  title: '11. Follow the results month by month',
  blocks: [
    { kind: 'paragraph', text: 'Once the targets are allocated, the district gathers each commune\'s results every month and compares them with the targets. '
      + 'A result is a pair of counts as the one-stop systems report them: a numerator (online dossiers, say) over a denominator (dossiers received). '
      + 'A month without figures stays empty — it never counts as 0.' },
    { kind: 'steps', items: [
      'Open the plan, click **Monitoring** at the top, and choose the month under **Month**.',
      'Enter figures as in the allocation grid: type and press [[Enter]], paste a block from Excel, [[Ctrl+Z]] to undo. Each indicator has two columns, numerator and denominator. '
        + 'When only a rate is known, type `85.5%` in the numerator: the cell is marked as entered as a rate. A numerator above its denominator, a negative or a fractional count is refused and nothing is written.',
      'Or click **Import file…** and choose a CSV or Excel (.xlsx) file exported by the one-stop system. Columns such as "Tiếp nhận trực tuyến" are recognised; '
        + 'a file without a month column goes into the month on screen (the preview says which). Check the preview, then **Apply**.',
      'Read the results: **Rate so far** = total numerator / total denominator since the start of the period; **Required** is the rate the remaining months need to meet the target; **Status** is a word and a colour.',
      'Click **Lagging units only** to see the units behind or at risk, **Ranking** to order them best first; focus a cell to see the unit\'s months.',
      'Click **Monthly report** to open the report: **Print the report** (A4 landscape), **Export HTML to publish** (one file any browser reads, with no code in it), **Export CSV** or Excel. '
        + 'A ranking of more than 10 pages shows its first 10 at once and adds the others as you read (a line above the report says how many are in); a print always has them all.',
    ] },
    { kind: 'table', head: ['Status', 'When'], rows: [
      ['Met', 'rate so far ≥ target'],
      ['On track', 'not met, but the required rate ≤ the last month\'s rate'],
      ['At risk', 'the required rate is above the last month\'s rate, and at most 100 %'],
      ['Behind / cannot be met', 'the required rate is above 100 % (or the period is over and the target not met)'],
      ['No figures yet', 'no month has figures yet, or the unit has no target'],
      ['Incomplete (k of n units)', 'a total row while some unit lacks a month so far: its rate is shown, but it is not judged until all n of n units have reported'],
      ['No denominator', 'a month has a numerator (or a rate) but no denominator: that month is in no rate, and the unit is not judged until it is complete'],
    ] },
    { kind: 'paragraph', text: 'Province side: the districts\' plan files carry their monthly results. On the consolidation page, the month\'s progress shows each '
      + 'district\'s rate so far (summed over all its communes), the ranking, the province as a whole and the districts behind or at risk.' },
  ],
};
