import type { GuideSection } from './guide';

/**
 * The user guide's section on named versions, in both languages (kept apart from guideVi.ts and guideEn.ts,
 * which are long already). Names in `**…**` are the app's texts exactly (i18n/, a test checks it).
 */
export const versionsSectionVi: GuideSection = {
  id: 'versions',
  title: '10. Lưu và so sánh các phương án',
  blocks: [
    { kind: 'paragraph', text: 'Khi cân nhắc nhiều cách phân bổ, có thể lưu từng cách thành một phương án có tên (ví dụ «Phương án 1», '
      + '«Phương án 2»), rồi so sánh và khôi phục lại. Một phương án giữ chỉ tiêu của từng xã, chỉ tiêu tỉnh giao và các ô đã khóa; '
      + 'tên xã, khối lượng hồ sơ và kết quả kỳ trước vẫn là của kế hoạch.' },
    { kind: 'steps', items: [
      'Bấm **Lưu phương án**, nhập **Tên phương án** rồi bấm **Lưu**.',
      'Bấm **Các phương án** để xem danh sách: mỗi phương án có thời điểm lưu và bình quân của từng chỉ tiêu.',
      'Bấm **So sánh** ở một phương án để so với kế hoạch hiện tại; có thể chọn hai bên bất kỳ (hai phương án, hoặc một phương án và '
        + '**Kế hoạch hiện tại**). Các ô khác nhau được tô vàng, ghi `số cũ → số mới`; phía trên ghi số ô khác nhau, bình quân và số lỗi '
        + 'của từng bên. **Chỉ hiện đơn vị có thay đổi** để xem gọn; **Xuất CSV** để mở bảng so sánh bằng Excel.',
      'Bấm **Khôi phục** rồi chọn **Khôi phục vào kế hoạch này** (hoàn tác được bằng [[Ctrl+Z]]) hoặc **Tạo kế hoạch mới** '
        + '(kế hoạch đang mở giữ nguyên).',
    ] },
    { kind: 'paragraph', text: 'Các phương án được lưu trên máy này cùng kế hoạch, đi kèm tệp kế hoạch và tệp sao lưu, và bị xóa khi xóa kế hoạch. '
      + 'Xã được thêm sau khi lưu phương án sẽ không có chỉ tiêu khi khôi phục phương án đó.' },
  ],
};

export const versionsSectionEn: GuideSection = {
  id: 'versions',
  title: '10. Saving and comparing versions',
  blocks: [
    { kind: 'paragraph', text: 'While weighing several allocations, save each one as a named version ("Version 1", "Version 2"), then compare '
      + 'and restore them. A version keeps every commune\'s targets, the assignment and the locked cells; names, dossier volumes and previous '
      + 'results remain the plan\'s.' },
    { kind: 'steps', items: [
      'Click **Save version**, type a **Version name** and click **Save**.',
      'Click **Versions** for the list: each version with the time it was saved and its aggregate per indicator.',
      'Click **Compare** on a version to compare it with the plan as it is; any two sides can be chosen (two versions, or a version and the '
        + '**Current plan**). Cells that differ are yellow and read `old → new`; above are the number of changed cells and each side\'s aggregate '
        + 'and errors. **Only units with changes** shortens the table; **Export CSV** opens it in Excel.',
      'Click **Restore**, then **Restore into this plan** (undone with [[Ctrl+Z]]) or **Make a new plan** (the open plan stays as it is).',
    ] },
    { kind: 'paragraph', text: 'Versions are stored on this computer with their plan, travel in plan files and backups, and are deleted with the plan. '
      + 'A commune added after a version was saved has no target when that version is restored.' },
  ],
};
