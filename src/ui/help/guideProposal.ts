import type { GuideSection } from './guide';

/**
 * The user guide's section on proposing an allocation (and locking what was agreed), in both languages, kept apart
 * from guideVi.ts and guideEn.ts as the versions section is. Names in `**…**` are the app's texts exactly (a test checks it).
 */

export const proposeSectionVi: GuideSection = {
  id: 'propose',
  title: '9. Đề xuất phân bổ',
  blocks: [
    { kind: 'paragraph', text: 'Thay vì tự nghĩ từng con số, có thể để ứng dụng đề xuất chỉ tiêu cho từng xã sao cho đạt đúng mức được giao, '
      + 'xem trước trên bảng rồi mới áp dụng. Đề xuất luôn giữ các giới hạn: 0–100%, tối đa một chữ số thập phân, không dưới mức sàn '
      + '(cách giao bình quân), không dưới chỉ tiêu giao chung (cách giao từng xã), đúng 100% với chỉ tiêu bắt buộc, không thấp hơn '
      + 'kết quả kỳ trước (trừ khi cho phép), và không đụng đến ô đã khóa.' },
    { kind: 'steps', items: [
      'Bấm vào một ô của chỉ tiêu cần phân bổ, rồi bấm **Đề xuất phân bổ**. Khung bên phải mở ra với chỉ tiêu đó (chọn **Tất cả chỉ tiêu** để phân bổ cả năm chỉ tiêu).',
      'Chọn **Cách phân bổ**: **Nâng đơn vị thấp nhất trước**, **Tăng đều so với kết quả kỳ trước**, **Theo dư địa (còn xa 100% thì tăng nhiều hơn)** '
        + 'hoặc **Cùng một mức cho tất cả**. Mỗi cách có một dòng giải thích và ví dụ ngay dưới các lựa chọn.',
      'Chọn **Mục tiêu**: **Chỉ tiêu giao chung** (mặc định), **Chỉ tiêu tỉnh giao cho đơn vị**, hoặc **Mức tự nhập**. Nếu mức tự nhập thấp hơn mức kế hoạch phải đạt, ứng dụng nâng lên và nói rõ.',
      'Khi đang lọc bảng, ở ô **Đơn vị** có thể chọn chỉ phân bổ cho các xã đang hiện; các xã khác giữ nguyên.',
      'Bấm **Tính đề xuất**. Các ô sẽ thay đổi được tô xanh, ghi `số cũ → số mới`; rê chuột lên ô để xem lý do (ví dụ «nâng lên mức 62,3»). '
        + 'Dòng tổng hợp ghi bình quân trước → sau.',
      'Bấm **Áp dụng** để ghi cả đề xuất một lần (hoàn tác được bằng [[Ctrl+Z]]), hoặc **Hủy** để không thay đổi gì.',
    ] },
    { kind: 'paragraph', text: 'Muốn giữ nguyên chỉ tiêu của một xã (đã thống nhất với xã), khóa ô đó: chọn ô rồi bấm **Khóa ô** hoặc nhấn [[Ctrl+L]]; '
      + 'nhấp chuột phải (hoặc [[Shift+F10]]) để khóa cả dòng của xã hay cả cột chỉ tiêu. Đề xuất không bao giờ thay đổi ô đã khóa; vẫn gõ tay vào ô đó được.' },
    { kind: 'paragraph', text: 'Khi không thể đạt mục tiêu (ví dụ đã khóa quá nhiều xã ở mức thấp), ứng dụng không thay đổi gì và nói rõ '
      + 'thiếu bao nhiêu: «kể cả khi mọi đơn vị chưa khóa đều đạt 100%, bình quân chỉ đạt …». Xã chưa có kết quả kỳ trước được tính từ mức sàn, '
      + 'chỉ tiêu giao chung hoặc 0, và khung đề xuất ghi số xã như vậy.' },
  ],
};

export const proposeSectionEn: GuideSection = {
  id: 'propose',
  title: '9. Propose an allocation',
  blocks: [
    { kind: 'paragraph', text: 'Instead of inventing every number, let the app propose a target for every commune that meets the assignment exactly, '
      + 'previewed in the grid before anything is written. A proposal always keeps the bounds: 0–100 %, at most one decimal, not below the floor '
      + '(weighted rule), not below the general target (per-commune rule), exactly 100 % where mandatory, not below the last result (unless allowed), '
      + 'and never a locked cell.' },
    { kind: 'steps', items: [
      'Click a cell of the indicator to allocate, then **Propose allocation**. A panel opens on the right with that indicator (choose **All indicators** for all five).',
      'Choose the **Method**: **Lift the lowest first**, **Equal uplift over last results**, **By headroom (far from 100 % takes more)** '
        + 'or **Same target for all**. Each has a line with an example under the choices.',
      'Choose the **Goal**: **General target** (the default), **The allocating unit\'s own target**, or **A number typed**. A goal below what the plan must reach is raised, and the panel says so.',
      'While the grid is filtered, **Units** can limit the proposal to the communes shown; the others keep their targets.',
      'Click **Compute**. The cells that would change turn blue and read `old → new`; hover a cell for why (say "lifted to the level 62.3"). '
        + 'The aggregate row reads before → after.',
      '**Apply** writes the whole proposal at once (undo with [[Ctrl+Z]]); **Cancel** changes nothing.',
    ] },
    { kind: 'paragraph', text: 'To keep a commune\'s target as agreed, lock its cell: focus it and click **Lock cell** or press [[Ctrl+L]]; '
      + 'right-click (or [[Shift+F10]]) to lock the commune\'s whole row or the indicator\'s column. A proposal never changes a locked cell; typing into it still works.' },
    { kind: 'paragraph', text: 'When the goal cannot be met (too many communes locked low, say), nothing changes and the app says by how much: '
      + '"even with every unlocked unit at 100 %, the aggregate reaches …". Communes without a last result start from the floor, the general target '
      + 'or 0, and the panel counts them.' },
  ],
};
