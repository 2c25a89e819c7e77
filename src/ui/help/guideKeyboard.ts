import type { GuideSection } from './guide';

/**
 * The user guide's section on the keyboard (the grid's keys, leaving it with F6), in both languages: a table that
 * grows with every shortcut, kept apart from guideVi.ts and guideEn.ts. Names in `**…**` and keys in `[[…]]` as the
 * app shows them (a test checks the names).
 */

export const keyboardSectionVi: GuideSection = {
  id: 'keyboard',
  title: '8. Dùng bàn phím',
  blocks: [
    { kind: 'paragraph', text: 'Lưới dùng như Excel. Số thập phân viết dấu phẩy (`85,5`); `85.5`, `85,5 %` cũng được. Chữ không '
      + 'phải số bị từ chối, có thông báo nêu tên xã và tên cột, và số cũ được giữ nguyên (không bao giờ thành 0).' },
    { kind: 'table', head: ['Phím', 'Tác dụng'], rows: [
      ['Gõ số', 'Gõ thẳng vào ô đang chọn: số mới thay số cũ.'],
      ['[[Enter]]', 'Trên một ô: bắt đầu sửa số đang có. Khi đang sửa: ghi lại và xuống ô bên dưới.'],
      ['[[F2]]', 'Sửa số đang có trong ô.'],
      ['[[Tab]] / [[Shift+Tab]]', 'Sang ô bên phải / bên trái (đang sửa thì ghi lại trước); hết dòng thì sang dòng kế tiếp.'],
      ['[[↑]] [[↓]] [[←]] [[→]]', 'Di chuyển giữa các ô.'],
      ['[[Esc]]', 'Hủy lần sửa đang gõ; ô giữ giá trị cũ.'],
      ['[[Delete]]', 'Xóa giá trị của ô đang chọn (hoàn tác được). Khi chọn cả một vùng: xóa các ô chỉ tiêu trong vùng (như nút **Xóa chỉ tiêu**), các ô khác giữ nguyên và được báo số ô bỏ qua.'],
      ['[[Backspace]]', 'Xóa trắng ô và bắt đầu gõ lại ([[Esc]] để hủy).'],
      ['[[Ctrl+Z]] / [[Ctrl+Y]]', 'Hoàn tác / làm lại, như nút **Hoàn tác**, **Làm lại** ([[Ctrl+Shift+Z]] cũng làm lại).'],
      ['[[Ctrl+C]] / [[Ctrl+V]]', 'Chép giá trị ô đang chọn (cả vùng đang chọn, dán được vào Excel hay Google Sheets) / dán một khối từ Excel (mục 3): '
        + 'dán vào một vùng đang chọn thì một giá trị được điền vào cả vùng, còn một khối thì dán từ ô trên cùng bên trái của vùng.'],
      ['[[Shift+↑]] [[Shift+↓]] [[Shift+←]] [[Shift+→]]', 'Chọn một vùng ô, như trong Excel (hoặc [[Shift]]+nhấp chuột, hoặc kéo chuột). Số ô, tổng và trung bình của vùng hiện trên thanh công cụ.'],
      ['[[Ctrl+Shift+↓]] / [[Ctrl+Shift+End]]', 'Mở rộng vùng chọn đến dòng cuối (các mũi tên khác: đến đầu, đến cột đầu, cột cuối) / đến ô cuối cùng của bảng.'],
      ['[[Ctrl+A]]', 'Chọn mọi đơn vị đang hiển thị, ở mọi cột. [[Esc]] bỏ chọn.'],
      ['[[Ctrl+D]] / [[Ctrl+R]]', 'Điền xuống / điền sang phải (như nút **Điền xuống**, **Điền sang phải**): chép dòng đầu (cột đầu) của vùng chọn vào phần còn lại. '
        + 'Đánh dấu **chỉ ô trống** để chỉ ghi vào ô trống. Ô chỉ tiêu đã khóa không bị thay đổi, và được báo số ô bỏ qua.'],
      ['[[Home]] / [[End]]', 'Về cột đầu / đến cột cuối của dòng đang chọn. Thêm [[Shift]] để chọn đến đó.'],
      ['[[Ctrl+Home]] / [[Ctrl+End]]', 'Về ô đầu tiên của xã đầu tiên / đến ô cuối cùng của xã cuối cùng. Thêm [[Shift]] để mở rộng vùng chọn đến đó.'],
      ['[[Ctrl+P]]', 'In phụ lục (mục 4).'],
      ['[[Ctrl+L]]', 'Khóa ô chỉ tiêu đang chọn, hoặc mở khóa nếu ô đã khóa (như nút **Khóa ô**). Đề xuất phân bổ và điền tự động không thay đổi ô đã khóa; '
        + 'vẫn gõ được vào ô đó. Ô đã khóa có góc tô đậm ở trên bên trái.'],
      ['[[Shift+F10]]', 'Mở trình đơn của ô đang chọn (như nhấp chuột phải): khóa hoặc mở khóa ô, cả dòng của đơn vị hay cả cột chỉ tiêu; chọn bằng mũi tên và [[Enter]], [[Esc]] để đóng.'],
    ] },
    { kind: 'subheading', text: 'Ra khỏi lưới bằng bàn phím' },
    { kind: 'paragraph', text: 'Trong lưới, [[Tab]] và [[Shift+Tab]] đi từ ô sang ô như trong Excel, còn [[Esc]] chỉ hủy lần sửa: con trỏ vẫn ở trong lưới. Để chuyển giữa các vùng của trang:' },
    { kind: 'steps', items: [
      'Nhấn [[F6]]: con trỏ sang vùng kế tiếp — thanh tiêu đề, thanh công cụ, lưới, **Danh sách vấn đề** (nếu đang hiện) — rồi quay lại từ đầu. [[Shift+F6]] đi theo chiều ngược lại.',
      'Vào lại lưới bằng [[F6]]: con trỏ trở về đúng ô đang chọn trước đó.',
      'Khi một hộp thoại đóng lại, con trỏ trở về nút đã mở hộp thoại đó.',
    ] },
  ],
};

export const keyboardSectionEn: GuideSection = {
  id: 'keyboard',
  title: '8. Keyboard',
  blocks: [
    { kind: 'paragraph', text: 'The grid works like Excel. Decimals show with a point in English (`85.5`), a comma in Vietnamese (`85,5`); both are read. '
      + 'Text that is not a number is refused with a message naming the commune and column, and the old value stays (it never becomes 0).' },
    { kind: 'table', head: ['Key', 'Action'], rows: [
      ['Type a number', 'Replaces the focused cell\'s value.'],
      ['[[Enter]]', 'On a cell: edit its value. While editing: save and move down.'],
      ['[[F2]]', 'Edit the cell\'s value.'],
      ['[[Tab]] / [[Shift+Tab]]', 'Next / previous cell (saving an edit first); wraps to the next row.'],
      ['[[↑]] [[↓]] [[←]] [[→]]', 'Move between cells.'],
      ['[[Esc]]', 'Cancel the edit; the cell keeps its old value.'],
      ['[[Delete]]', 'Clear the focused cell (undoable). With a block selected: clear its target cells (like **Clear targets**); other cells stay, and the page says how many were skipped.'],
      ['[[Backspace]]', 'Empty the cell and start typing ([[Esc]] cancels).'],
      ['[[Ctrl+Z]] / [[Ctrl+Y]]', 'Undo / redo, like **Undo** and **Redo** ([[Ctrl+Shift+Z]] redoes too).'],
      ['[[Ctrl+C]] / [[Ctrl+V]]', 'Copy the focused cell (or the selected block, which pastes into Excel or Google Sheets) / paste a block from Excel (section 3): '
        + 'into a selected block, one value fills all of it and a block is pasted from its top-left cell.'],
      ['[[Shift+↑]] [[Shift+↓]] [[Shift+←]] [[Shift+→]]', 'Select a block of cells, as in Excel (or [[Shift]]+click, or drag with the mouse). The toolbar shows its number of cells, sum and mean.'],
      ['[[Ctrl+Shift+↓]] / [[Ctrl+Shift+End]]', 'Extend the selection to the last row (the other arrows: to the first row, the first or last column) / to the last cell of the table.'],
      ['[[Ctrl+A]]', 'Select every unit shown, in every column. [[Esc]] drops the selection.'],
      ['[[Ctrl+D]] / [[Ctrl+R]]', 'Fill down / fill right (like **Fill down**, **Fill right**): the selection\'s top row (left column) is copied into the rest of it. '
        + 'Tick **empty cells only** to write only into empty cells. Locked target cells are left as they are, and the page says how many were skipped.'],
      ['[[Home]] / [[End]]', 'First / last column of the focused row. With [[Shift]], the selection stretches there.'],
      ['[[Ctrl+Home]] / [[Ctrl+End]]', 'First cell of the first commune / last cell of the last commune. With [[Shift]], the selection stretches there.'],
      ['[[Ctrl+P]]', 'Print the appendix (section 4).'],
      ['[[Ctrl+L]]', 'Lock the focused target cell, or unlock it when locked (like **Lock cell**). Proposals and fills leave a locked cell as it is; '
        + 'typing into it still works. A locked cell has a dark top-left corner.'],
      ['[[Shift+F10]]', 'Open the focused cell\'s menu (as a right-click does): lock or unlock the cell, the unit\'s whole row or the whole target column; arrows and [[Enter]] choose, [[Esc]] closes.'],
    ] },
    { kind: 'subheading', text: 'Leaving the grid with the keyboard' },
    { kind: 'paragraph', text: 'Inside the grid [[Tab]] and [[Shift+Tab]] move from cell to cell, as in Excel, and [[Esc]] only cancels an edit: the focus stays in the grid. To move between the regions of the page:' },
    { kind: 'steps', items: [
      'Press [[F6]]: the focus moves to the next region — the header, the toolbar, the grid, **Issues** (when shown) — and round again. [[Shift+F6]] goes the other way.',
      'Back into the grid with [[F6]]: the focus returns to the cell that was selected.',
      'When a dialog closes, the focus returns to the button that opened it.',
    ] },
  ],
};
