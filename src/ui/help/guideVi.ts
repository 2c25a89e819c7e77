import type { Guide } from './guide';
import { keyboardSectionVi } from './guideKeyboard';
import { proposeSectionVi } from './guideProposal';
import { monitoringSectionVi } from './guideMonitoring';
import { versionsSectionVi } from './guideVersions';

/** Hướng dẫn sử dụng, tiếng Việt. Tên nút, tên cột và thông báo viết đúng như ứng dụng hiển thị (i18n/vi.ts). */
export const guideVi: Guide = {
  locale: 'vi',
  intro: 'Ứng dụng giúp UBND cấp huyện phân bổ chỉ tiêu dịch vụ công trực tuyến (DVCTT) mà tỉnh giao cho từng xã, '
    + 'phường, thị trấn, và thấy ngay phương án đã đạt chỉ tiêu tỉnh giao hay chưa. Trong hướng dẫn này, «xã» gồm cả '
    + 'phường, thị trấn; «huyện» là đơn vị giao chỉ tiêu (huyện, thị xã, thành phố). Mọi số liệu nằm trong trình duyệt '
    + 'trên máy này; không cần tài khoản, không cần mạng sau lần mở đầu tiên.',
  contents: 'Nội dung',
  sections: [
    {
      id: 'create',
      title: '1. Tạo kế hoạch từ danh sách xã',
      blocks: [
        { kind: 'paragraph', text: 'Lần đầu mở, ứng dụng có sẵn một kế hoạch mẫu (Huyện Tuy Phước, kỳ 2023-H2) với số liệu '
          + 'minh họa để làm quen; có thể xóa khi không cần.' },
        { kind: 'subheading', text: 'Cách 1: Gõ hoặc dán danh sách xã' },
        { kind: 'steps', items: [
          'Về **Danh sách kế hoạch**: bấm **← Danh sách kế hoạch** trên trang kế hoạch, hoặc bấm tên ứng dụng ở đầu trang.',
          'Bấm **Tạo kế hoạch**.',
          'Nhập tên kế hoạch, kỳ (một năm `2024`, nửa năm `2024-H1`/`2024-H2`, quý `2024-Q3` hoặc tháng `2024-07`) và **Đơn vị giao chỉ tiêu** (tên huyện).',
          'Trong ô **Đơn vị trực thuộc**, mỗi dòng một xã: mã; tên; loại, ví dụ `21952; Thị trấn Tuy Phước; Thị trấn`. '
            + 'Có thể chọn ba cột Mã, Tên, Loại trong Excel, nhấn [[Ctrl+C]] rồi [[Ctrl+V]] vào ô này.',
          'Bấm **Tạo**. Kế hoạch mở ra với năm chỉ tiêu quốc gia; hai chỉ tiêu bắt buộc 100%, ba chỉ tiêu còn lại chưa có mức giao chung '
            + '(ứng dụng không tự điền số nào; dòng **Chỉ tiêu giao chung** ghi «chưa nhập chỉ tiêu tỉnh giao»). Nhập theo quyết định của tỉnh ở mục 2.',
        ] },
        { kind: 'subheading', text: 'Cách 2: Nhập tệp CSV (hoặc tệp Excel đã lưu thành CSV)' },
        { kind: 'steps', items: [
          'Tệp Excel (.xlsx, .xls) không nhập trực tiếp được: trong Excel chọn Tệp → Lưu thành → «CSV UTF-8», rồi dùng tệp CSV đó.',
          'Ở **Danh sách kế hoạch**, bấm **Nhập tệp…** ở đầu trang và chọn tệp, hoặc kéo thả tệp vào cửa sổ.',
          'Xem bản xem trước: số đơn vị sẽ thêm, các cột không dùng, và từng vấn đề ghi rõ dòng, cột như Excel hiển thị '
            + '(dòng 1 là dòng tiêu đề, cột A là cột đầu). Nếu tên xã bị sai dấu, chọn **Bảng mã** khác.',
          'Trong khung **Kế hoạch mới**, kiểm tra tên, kỳ và đơn vị giao: ứng dụng điền sẵn theo tệp (dòng tiêu đề như «Kế hoạch… 6 tháng cuối năm 2023», '
            + 'cột huyện của danh sách Tổng cục Thống kê, kỳ ghi trong tên tệp như `2024-H1`). Sửa nếu cần, rồi bấm **Tạo kế hoạch**. '
            + 'Mức giao chung của tỉnh chưa có: nhập ở mục 2.',
        ] },
        { kind: 'paragraph', text: 'Trong một kế hoạch đang mở, **Nhập tệp…** với tệp CSV sẽ cập nhật các xã theo mã '
          + '(số hồ sơ, kết quả kỳ trước, chỉ tiêu); ô trống trong tệp giữ nguyên số cũ. Mã không có trong kế hoạch được '
          + 'báo là vấn đề (thường do gõ nhầm); chỉ đánh dấu ô «Các dòng này là đơn vị mới… thêm vào kế hoạch» khi chắc '
          + 'chắn đó là xã mới.' },
        { kind: 'subheading', text: 'Các cột được đọc trong tệp CSV' },
        { kind: 'paragraph', text: 'Dòng tiêu đề nằm trên cùng (các dòng tên phụ lục phía trên được bỏ qua). Cột theo thứ tự '
          + 'bất kỳ; không phân biệt chữ hoa, chữ thường, có dấu hay không dấu: `Mã đơn vị`, `MA DON VI`, `ma_don_vi` đều '
          + 'là cột mã. Bắt buộc có cột mã và ít nhất một cột khác. Cột không nhận ra được liệt kê trong bản xem trước và bỏ qua. '
          + 'Dấu phân cách `;` hoặc `,` đều được; số viết `85,5` hay `85.5` đều được.' },
        { kind: 'headers', head: ['Cột', 'Tiêu đề được đọc (ví dụ)', 'Ghi chú'], rows: [
          { reads: 'code', label: 'Mã đơn vị', headers: ['Mã', 'Mã đơn vị', 'Mã xã', 'Mã ĐVHC', 'Mã hành chính', 'Code'],
            note: 'Bắt buộc. Mã xã theo danh mục hành chính, ví dụ `21952`. Số 0 ở đầu mã bị Excel bỏ mất được tự ghép lại.' },
          { reads: 'name', label: 'Tên đơn vị', headers: ['Tên đơn vị', 'Tên xã', 'Tên', 'Tên xã, phường, thị trấn', 'Unit name'],
            note: 'Cần khi tạo kế hoạch hoặc thêm xã mới.' },
          { reads: 'type', label: 'Loại', headers: ['Loại', 'Loại đơn vị', 'Cấp', 'Type'], note: 'Xã, Phường, Thị trấn.' },
          { reads: 'volume', label: 'Số hồ sơ dự kiến', headers: ['Số hồ sơ dự kiến', 'Số hồ sơ', 'Khối lượng hồ sơ', 'Volume'],
            note: 'Số nguyên. Là trọng số khi tính bình quân: xã nhiều hồ sơ ảnh hưởng nhiều hơn.' },
          { reads: 'baseline', label: 'Kết quả kỳ trước của một chỉ tiêu',
            headers: ['Hồ sơ trực tuyến - KQ 2023-H1', 'Thanh toán trực tuyến - Kết quả'],
            note: 'Dạng `<tên chỉ tiêu> - KQ …` (hoặc `Kết quả`); tên chỉ tiêu như trong kế hoạch; ghi kỳ hay không đều được.' },
          { reads: 'target', label: 'Chỉ tiêu của một chỉ tiêu',
            headers: ['Hồ sơ trực tuyến - Chỉ tiêu 2023-H2', 'Cấp kết quả điện tử - Chỉ tiêu'],
            note: 'Dạng `<tên chỉ tiêu> - Chỉ tiêu …`.' },
          { reads: 'index', label: 'Số thứ tự', headers: ['STT', 'TT', 'Số thứ tự'], note: 'Nhận ra nhưng không dùng.' },
          { reads: 'districtCode', label: 'Mã huyện', headers: ['Mã huyện', 'Mã quận huyện'],
            note: 'Chỉ dùng ở tỉnh: danh sách xã theo huyện kèm tệp giao chỉ tiêu (mục 5). Khi nhập vào kế hoạch thì bỏ qua.' },
          { reads: 'districtName', label: 'Tên huyện', headers: ['Tên huyện', 'Quận, huyện'], note: 'Như mã huyện.' },
        ] },
        { kind: 'paragraph', text: 'Tệp do chính ứng dụng xuất (nút **Xuất CSV**) cũng đọc lại được; dòng tổng hợp trong đó được bỏ qua.' },
        { kind: 'subheading', text: 'Nhập số hồ sơ và kết quả kỳ trước' },
        { kind: 'steps', items: [
          'Trên lưới, mỗi chỉ tiêu có hai cột liền nhau: kết quả kỳ trước (ví dụ **KQ 2023-H1**) và chỉ tiêu kỳ này (ví dụ **Chỉ tiêu 2023-H2**).',
          'Gõ hoặc dán (mục 3) cột **Số hồ sơ dự kiến** và các cột kết quả kỳ trước, hoặc nhập một tệp CSV có các cột đó.',
          'Kỳ sau: ở **Danh sách kế hoạch**, bấm **Nhân bản** và đánh dấu «Bắt đầu kỳ tiếp theo»: chỉ tiêu mới để trống, còn cột kết quả kỳ trước lấy '
            + 'kết quả đạt được theo số liệu hằng tháng của kỳ này (đơn vị chưa có số liệu thì để trống), hoặc lấy chỉ tiêu kỳ này nếu bạn chọn. '
            + 'Nếu số liệu mới có đến một tháng trước khi kỳ kết thúc, hộp thoại nói rõ: kết quả kỳ trước khi đó chỉ là kết quả đến tháng ấy.',
        ] },
        { kind: 'paragraph', text: 'Thêm hoặc bớt xã: **Thêm đơn vị**, **Xóa đơn vị** (chọn một ô của xã đó trước).' },
      ],
    },
    {
      id: 'assignment',
      title: '2. Nhập chỉ tiêu tỉnh giao',
      blocks: [
        { kind: 'steps', items: [
          'Trên trang kế hoạch, bấm **Chỉ tiêu tỉnh giao**: bảng chỉ tiêu mở ra phía trên lưới.',
          'Với từng chỉ tiêu, nhập **Chỉ tiêu giao chung (%)**: mức tỉnh giao chung cho cấp xã, tối đa một chữ số thập phân (`60`, `72,5`).',
          'Chọn **Cách áp dụng**: **Từng xã phải đạt** (mọi xã không thấp hơn mức chung) hoặc **Bình quân gia quyền** '
            + '(bình quân các xã, tính theo số hồ sơ dự kiến, phải đạt mức chung; từng xã có thể thấp hơn).',
          'Với cách bình quân, nếu tỉnh quy định mức tối thiểu cho từng xã, nhập **Mức sàn (%)**; không có thì để trống.',
          'Đánh dấu **Bắt buộc 100%** ở chỉ tiêu phải đạt 100% (mặc định: Cấp kết quả điện tử và Khai thác CSDL quốc gia về dân cư).',
          'Nhập **Chỉ tiêu của đơn vị giao (%)**: chỉ tiêu tỉnh giao riêng cho huyện. Theo quyết định của tỉnh, chỉ tiêu này áp dụng '
            + 'cho hồ sơ do huyện trực tiếp giải quyết, nên mặc định không so với bình quân các xã (dòng ghi chú dưới lưới nói rõ). '
            + 'Nếu bình quân các xã cũng phải đạt chỉ tiêu riêng, đánh dấu **Bình quân phải đạt cả chỉ tiêu riêng** ở chỉ tiêu đó.',
          'Mỗi thay đổi được lưu và kiểm tra lại ngay. Bấm lại **Chỉ tiêu tỉnh giao** để thu gọn bảng. Dòng đầu của lưới, '
            + '**Chỉ tiêu giao chung cho cấp xã**, luôn hiện mức chung và cách áp dụng, ví dụ `≥ 45 bình quân (sàn 30)`.',
        ] },
        { kind: 'paragraph', text: 'Tỉnh giao thêm hoặc bỏ bớt chỉ tiêu: **Thêm chỉ tiêu**, **Xóa chỉ tiêu** (xóa cả số liệu của chỉ tiêu đó, có hỏi lại).' },
        { kind: 'subheading', text: 'Nhập tệp giao chỉ tiêu của tỉnh' },
        { kind: 'steps', items: [
          'Tỉnh gửi tệp `giao-chi-tieu-….json`. Nếu nhận tệp nén `.zip`, giải nén trước và lấy tệp của huyện mình.',
          'Bấm **Nhập tệp…** và chọn tệp (hoặc kéo thả vào cửa sổ).',
          'Nếu tệp dùng chung cho nhiều huyện, chọn huyện mình ở ô **Đơn vị nhận chỉ tiêu**.',
          'Nếu đang mở một kế hoạch, chọn **Tạo kế hoạch mới cho đơn vị này** hoặc cập nhật chỉ tiêu giao của kế hoạch đang mở '
            + '(chỉ thay chỉ tiêu giao, không đổi các xã và số liệu).',
          'Bấm **Áp dụng**. Kế hoạch mới có sẵn chỉ tiêu giao chung, cách áp dụng, chỉ tiêu riêng của huyện và danh sách xã nếu tỉnh gửi kèm.',
        ] },
      ],
    },
    {
      id: 'paste',
      title: '3. Dán số liệu từ Excel',
      blocks: [
        { kind: 'steps', items: [
          'Trong Excel, chọn một khối ô (chỉ số liệu, không chọn dòng tiêu đề) và nhấn [[Ctrl+C]].',
          'Trong ứng dụng, bấm vào ô đầu tiên (góc trên bên trái) nơi cần dán.',
          'Nhấn [[Ctrl+V]]. Khối được dán xuống dưới và sang phải theo các dòng, các cột đang hiển thị (đang lọc hay sắp xếp thì theo đúng thứ tự đó).',
          'Cả khối được kiểm tra như khi gõ tay. Nếu có ô không hợp lệ (chữ thay cho số, tỷ lệ ngoài 0–100%), không ô nào bị thay '
            + 'đổi và ứng dụng liệt kê các ô đó (dòng, cột trong khối, tên xã, tên cột): sửa trong Excel rồi dán lại.',
          'Cả khối là một lần sửa: nhấn [[Ctrl+Z]] (hoặc nút **Hoàn tác**) để hủy cả lần dán.',
        ] },
        { kind: 'subheading', text: 'Khi ứng dụng hỏi «Dán vào cột nào?»' },
        { kind: 'paragraph', text: 'Mỗi chỉ tiêu có hai cột liền nhau: kết quả kỳ trước (KQ) và chỉ tiêu kỳ này. Nếu khối dán sẽ '
          + 'phủ lên các cột khác loại nhau (ví dụ một hàng chỉ tiêu chép từ bảng mà các chỉ tiêu nằm liền nhau), dán nguyên vị trí '
          + 'sẽ ghi đè kết quả kỳ trước và lệch chỉ tiêu. Vì vậy ứng dụng hỏi trước (**Dán vào cột nào?**), chỉ ra từng cột của khối '
          + 'sẽ vào cột nào, và cho chọn:' },
        { kind: 'list', items: [
          '**Chỉ dán vào cột chỉ tiêu** (mặc định, nhấn [[Enter]]): cột thứ nhất của khối vào cột chỉ tiêu đang chọn, cột thứ hai '
            + 'vào cột chỉ tiêu kế tiếp…, bỏ qua các cột KQ, để mỗi số vào đúng chỉ tiêu của nó.',
          '**Dán như đã chọn**: dán nguyên vị trí, kể cả đè lên cột kết quả kỳ trước. Chỉ dùng khi chắc chắn khối là kết quả kỳ trước.',
          '**Hủy** (hoặc [[Esc]]): không thay đổi gì.',
        ] },
        { kind: 'paragraph', text: 'Khối không phủ cột chỉ tiêu nào (ví dụ số hồ sơ và KQ) thì mặc định là **Dán như đã chọn**. Khi từ ô '
          + 'đang chọn không còn đủ cột chỉ tiêu cho cả khối, nút **Chỉ dán vào cột chỉ tiêu** bị tắt và [[Enter]] là **Hủy**.' },
        { kind: 'paragraph', text: 'Dán một cột chỉ tiêu, một cột kết quả kỳ trước vào cột KQ, hoặc các cột tên, loại, số hồ sơ thì '
          + 'không hỏi. Khối vượt ra ngoài bảng (nhiều dòng hơn số xã còn lại phía dưới) bị từ chối, không ô nào thay đổi.' },
      ],
    },
    {
      id: 'print',
      title: '4. In phụ lục kèm quyết định',
      blocks: [
        { kind: 'steps', items: [
          'Nên sửa hết lỗi (mục 6) và đánh dấu sẵn sàng gửi (mục 5) trước khi in.',
          'Trên trang kế hoạch, bấm **In phụ lục** (hoặc nhấn [[Ctrl+P]]). Bản in là bảng đầy đủ, tiêu đề «**Phụ lục: Chỉ tiêu dịch vụ '
            + 'công trực tuyến giao cho cấp xã, kỳ 2023-H2**»: STT, mã, tên, loại, số hồ sơ dự kiến, từng chỉ tiêu với kết quả kỳ '
            + 'trước và chỉ tiêu kỳ này, dòng chỉ tiêu giao chung và dòng tổng hợp.',
          'Trong hộp thoại in của trình duyệt, chọn khổ A4, hướng ngang để đủ các cột; chọn máy in, hoặc «Lưu dưới dạng PDF» để có bản điện tử đính kèm.',
          'Cần bảng để trình bày thêm trong Excel: bấm **Xuất CSV**, chọn **Excel Việt Nam (dấu ; và dấu phẩy thập phân)**, bấm **Tải xuống**, rồi mở tệp bằng Excel.',
        ] },
      ],
    },
    {
      id: 'send',
      title: '5. Gửi kế hoạch cho tỉnh',
      blocks: [
        { kind: 'steps', items: [
          'Bấm **Đánh dấu sẵn sàng gửi**. Nếu còn lỗi (kể cả xã chưa có chỉ tiêu), ứng dụng từ chối và liệt kê các lỗi; sửa xong bấm lại. '
            + 'Trạng thái chuyển thành **Sẵn sàng gửi**; nếu sau đó sửa bất kỳ ô nào, kế hoạch tự trở về **Nháp**.',
          'Bấm **Xuất tệp kế hoạch**: trình duyệt tải về tệp có đuôi `.dvctt.json`, mang tên kế hoạch không dấu và kỳ, ví dụ '
            + '`Ke-hoach-mau-Huyen-Tuy-Phuoc_2023-H2.dvctt.json` (thường vào thư mục Tải về).',
          'Gửi tệp đó cho tỉnh qua thư điện tử hoặc Zalo, như một tệp đính kèm bình thường. Không mở sửa tệp bằng tay.',
          'Tệp chứa toàn bộ kế hoạch: nhập tệp bằng **Nhập tệp…** ở máy khác sẽ có đúng kế hoạch đó.',
        ] },
        { kind: 'subheading', text: 'Ở tỉnh: tổng hợp nhiều tệp' },
        { kind: 'steps', items: [
          'Lưu các tệp `.dvctt.json` nhận từ các huyện vào một thư mục.',
          'Bấm **Nhập tệp…** và chọn cùng lúc nhiều tệp (giữ [[Ctrl]] khi bấm chọn, hoặc [[Ctrl+A]] trong thư mục), hoặc kéo thả cả '
            + 'nhóm tệp vào cửa sổ. Cũng có thể bấm **Tổng hợp** ở **Danh sách kế hoạch** rồi nhập tệp.',
          'Màn hình **Tổng hợp kế hoạch các đơn vị** hiện mỗi huyện một dòng: trạng thái, số lỗi, số cảnh báo, bình quân từng chỉ tiêu '
            + 'so với chỉ tiêu tỉnh giao (✓ đạt, ✗ chưa đạt). Một huyện gửi hai tệp cùng kỳ thì tệp mới hơn được dùng, và màn hình báo rõ.',
          'Bấm tên huyện để xem từng xã (chỉ đọc). Bấm **Xuất CSV** để có bảng tổng hợp mở bằng Excel.',
          'Ô **So với kế hoạch của tỉnh** chọn kế hoạch của tỉnh (các đơn vị trực thuộc là các huyện; được chọn sẵn theo các tệp đã nhận). '
            + 'Khi đó các huyện chưa gửi tệp hiện thành dòng «chưa gửi», tệp của đơn vị không thuộc kế hoạch được đánh dấu, và dòng **Toàn tỉnh** '
            + 'cho bình quân của tất cả các xã đã nhận, so với chỉ tiêu giao chung: không bao giờ «đạt» khi còn huyện chưa gửi.',
          'Các tệp đã nhận được giữ trên máy này, tải lại trang vẫn còn, cho đến khi bấm **Xóa danh sách đã nhận** (có hỏi lại); nút **Xóa** ở '
            + 'mỗi dòng bỏ một tệp. Muốn sửa kế hoạch của một huyện, nhập riêng tệp đó (một tệp): nó thành một kế hoạch.',
        ] },
        { kind: 'paragraph', text: 'Để giao chỉ tiêu, tỉnh lập một kế hoạch mà các đơn vị trực thuộc là các huyện (chỉ tiêu của mỗi '
          + 'huyện là chỉ tiêu riêng của huyện đó), rồi bấm **Xuất tệp giao chỉ tiêu**: mỗi huyện một tệp (nhiều tệp gộp trong một '
          + 'tệp nén `.zip`) hoặc một tệp chung.' },
      ],
    },
    {
      id: 'issues',
      title: '6. Cảnh báo và lỗi: ý nghĩa, cách sửa',
      blocks: [
        { kind: 'paragraph', text: 'Ô vi phạm quy tắc được tô đỏ (lỗi) hoặc vàng (cảnh báo); đưa chuột vào ô để xem lý do. Số lỗi và '
          + 'cảnh báo luôn hiện ở đầu trang kế hoạch (ví dụ **0 lỗi · 5 cảnh báo**); bấm vào đó để hiện hoặc ẩn **Danh sách vấn đề** '
          + 'bên phải, và bấm một dòng trong danh sách để đến đúng ô. Lỗi không ngăn việc lưu (bản nháp được phép sai), nhưng còn '
          + 'lỗi thì không đánh dấu sẵn sàng gửi được. Cảnh báo không ngăn gửi.' },
        { kind: 'rules', head: ['Thông báo (ví dụ)', 'Mức', 'Ý nghĩa', 'Cách sửa'], rules: {
          outOfRange: { severity: '**Lỗi**', shown: 'Ngoài khoảng 0–100%',
            meaning: 'Một tỷ lệ (chỉ tiêu hoặc kết quả kỳ trước) nhỏ hơn 0 hoặc lớn hơn 100%. Ứng dụng từ chối ngay khi gõ, dán hay '
              + 'nhập tệp một tỷ lệ như vậy, nên lỗi này hiếm gặp (ví dụ số liệu lưu từ phiên bản cũ).',
            fix: 'Nhập lại tỷ lệ đúng, trong khoảng 0–100.' },
          tooManyDecimals: { severity: '**Lỗi**', shown: 'Chỉ tiêu chỉ được có tối đa một chữ số thập phân',
            meaning: 'Chỉ tiêu có hai chữ số thập phân, ví dụ `85,55`. (Kết quả kỳ trước được phép có hai, ví dụ `42,79`.)',
            fix: 'Làm tròn còn một chữ số thập phân, ví dụ `85,5` hoặc `85,6`.' },
          belowMin: { severity: '**Lỗi**', shown: 'Thấp hơn chỉ tiêu giao chung 50% (thiếu 2)',
            meaning: 'Chỉ tiêu áp dụng **Từng xã phải đạt**, và chỉ tiêu của xã thấp hơn mức chung tỉnh giao. «Thiếu» là số điểm phần trăm còn thiếu.',
            fix: 'Nâng chỉ tiêu của xã lên ít nhất bằng mức chung. Nếu quyết định của tỉnh cho tính bình quân, đổi **Cách áp dụng** '
              + 'thành **Bình quân gia quyền** trong **Chỉ tiêu tỉnh giao**.' },
          belowFloor: { severity: '**Lỗi**', shown: 'Thấp hơn mức sàn 40% (thiếu 5)',
            meaning: 'Chỉ tiêu áp dụng bình quân có mức sàn, và chỉ tiêu của xã thấp hơn mức sàn.',
            fix: 'Nâng chỉ tiêu của xã lên ít nhất bằng mức sàn.' },
          aggregateBelowMin: { severity: '**Lỗi** (ở dòng tổng hợp)', shown: 'Bình quân 43,5% thấp hơn chỉ tiêu giao chung 45% (thiếu 1,5)',
            meaning: 'Chỉ tiêu áp dụng bình quân, và bình quân các xã (tính theo số hồ sơ dự kiến) chưa đạt mức chung.',
            fix: 'Nâng chỉ tiêu của một số xã, trước hết xã có nhiều hồ sơ (ảnh hưởng lớn đến bình quân). Kiểm tra cột **Số hồ sơ dự kiến**.' },
          aggregateBelowOwnTarget: { severity: '**Lỗi** (ở dòng tổng hợp)', shown: 'Bình quân 58% thấp hơn chỉ tiêu riêng của đơn vị giao 60% (thiếu 2)',
            meaning: 'Chỉ gặp khi đã đánh dấu **Bình quân phải đạt cả chỉ tiêu riêng**: bình quân các xã thấp hơn chỉ tiêu riêng tỉnh giao cho huyện.',
            fix: 'Nâng chỉ tiêu các xã; hoặc bỏ đánh dấu nếu chỉ tiêu riêng chỉ áp dụng cho hồ sơ do huyện trực tiếp giải quyết.' },
          mandatory: { severity: '**Lỗi**', shown: 'Chỉ tiêu bắt buộc phải đạt 100% (thiếu 5)',
            meaning: 'Chỉ tiêu được đánh dấu **Bắt buộc 100%** (ví dụ Cấp kết quả điện tử), nhưng chỉ tiêu của xã chưa phải 100.',
            fix: 'Nhập `100`. Có thể dán một cột toàn số 100 cho mọi xã (mục 3).' },
          belowBaseline: { severity: '**Cảnh báo**', shown: 'Thấp hơn kết quả kỳ trước 62% (giảm 2)',
            meaning: 'Chỉ tiêu kỳ này thấp hơn kết quả xã đã đạt kỳ trước: kế hoạch đi lùi.',
            fix: 'Nâng chỉ tiêu ít nhất bằng kết quả kỳ trước. Có lý do chính đáng thì có thể giữ: cảnh báo không ngăn gửi.' },
          missing: { severity: '**Cảnh báo** khi còn nháp; **Lỗi** khi đánh dấu sẵn sàng gửi', shown: 'Chưa có chỉ tiêu',
            meaning: 'Xã chưa có chỉ tiêu cho chỉ tiêu này.',
            fix: 'Nhập chỉ tiêu. Khi còn ô chỉ tiêu trống, không đánh dấu sẵn sàng gửi được.' },
          minUnset: { severity: '**Cảnh báo** khi còn nháp; **Lỗi** khi đánh dấu sẵn sàng gửi', shown: 'Chưa nhập chỉ tiêu tỉnh giao (mức giao chung): chưa kiểm tra được',
            meaning: 'Kế hoạch lập từ danh sách hoặc tệp CSV chưa có chỉ tiêu giao chung của tỉnh cho chỉ tiêu này. Ứng dụng không tự '
              + 'điền số nào: dòng **Chỉ tiêu giao chung** ghi «chưa nhập chỉ tiêu tỉnh giao», và dòng tổng hợp chỉ hiện bình quân, không ✓ ✗.',
            fix: 'Mở **Chỉ tiêu tỉnh giao** (mục 2) và nhập mức chung theo quyết định của tỉnh, hoặc nhập tệp giao chỉ tiêu của tỉnh.' },
        } },
        { kind: 'subheading', text: 'Dòng tổng hợp cuối lưới' },
        { kind: 'paragraph', text: 'Dòng **Tổng hợp (bình quân theo số hồ sơ)** cho biết, ở mỗi cột chỉ tiêu, bình quân các xã và '
          + 'kết quả so với chỉ tiêu tỉnh giao:' },
        { kind: 'list', items: [
          '`72,5 — 12/13` (chữ xám): chưa đánh giá, vì mới có 12 trên 13 xã có chỉ tiêu; bình quân chỉ tính trên các xã đã có. '
            + 'Nhập đủ chỉ tiêu cho mọi xã để được đánh giá.',
          '`72,5 ✓` (xanh): mọi xã đều có chỉ tiêu, không ô nào trong cột có lỗi, và bình quân đạt chỉ tiêu giao chung '
            + '(và chỉ tiêu riêng của huyện, nếu có đánh dấu kiểm tra).',
          '`72,5 ✗` (đỏ): trong cột có lỗi (dù còn xã chưa có chỉ tiêu), hoặc bình quân chưa đạt.',
          '`—`: chưa xã nào có chỉ tiêu.',
        ] },
        { kind: 'paragraph', text: 'Bình quân tính theo số hồ sơ dự kiến của từng xã (xã chưa có số hồ sơ được tính bằng số hồ sơ '
          + 'trung bình; chưa xã nào có số hồ sơ thì các xã ngang nhau), và hiện làm tròn xuống một chữ số thập phân: bình quân '
          + '59,96 hiện là `59,9` và chưa đạt 60. Con số hiện ra không bao giờ báo đạt khi thực tế chưa đạt.' },
      ],
    },
    {
      id: 'data',
      title: '7. Giữ an toàn số liệu',
      blocks: [
        { kind: 'list', items: [
          'Số liệu chỉ nằm trong trình duyệt này, trên máy tính này; ứng dụng không gửi số liệu đi đâu. Mở bằng trình duyệt khác, '
            + 'máy khác hay cửa sổ ẩn danh sẽ không thấy các kế hoạch. Xóa dữ liệu duyệt web của trang sẽ xóa cả các kế hoạch.',
          'Mỗi lần sửa được lưu ngay; đầu trang kế hoạch hiện **Đã lưu**, **Đang lưu…** hoặc **Lỗi lưu**.',
          'Nút **Lưu bền vững** ở đầu trang: trình duyệt đã cam kết giữ dữ liệu. **Lưu tạm**: chưa cam kết, khi ổ đĩa gần đầy trình '
            + 'duyệt có thể tự xóa. Bấm vào nút để xem dung lượng đang dùng và **Đề nghị trình duyệt giữ dữ liệu**. Cài ứng dụng '
            + '(biểu tượng cài đặt trên thanh địa chỉ) hoặc đánh dấu trang và dùng thường xuyên giúp dữ liệu được giữ.',
          'Không cần mạng: sau lần mở đầu tiên, ứng dụng chạy được cả khi mất mạng (đầu trang hiện **Ngoại tuyến**); mọi chức năng, '
            + 'kể cả hướng dẫn này, vẫn dùng được. Khi có phiên bản mới, đầu trang hiện **Có phiên bản mới —** **tải lại**: bấm khi '
            + 'thuận tiện, số liệu không mất.',
          'Có thể mở cùng một kế hoạch ở hai thẻ: sửa ở thẻ này, thẻ kia thấy sau khoảng một giây.',
        ] },
        { kind: 'subheading', text: 'Sao lưu định kỳ' },
        { kind: 'steps', items: [
          'Ở **Danh sách kế hoạch**, bấm **Sao lưu tất cả**: trình duyệt tải về một tệp chứa mọi kế hoạch.',
          'Cất tệp ở nơi an toàn ngoài máy này (ổ mạng, USB, thư điện tử). Nên sao lưu ít nhất mỗi tuần và trước khi cài lại máy.',
          'Ứng dụng nhắc khi có thay đổi mà đã lâu chưa sao lưu (mặc định 7 ngày; đổi ở ô **Nhắc sao lưu khi quá số ngày**, trong hộp '
            + 'thoại mở ra khi bấm nút **Lưu bền vững** hoặc **Lưu tạm**).',
          'Khôi phục: bấm **Nhập tệp…**, chọn tệp sao lưu; với kế hoạch đã có trên máy, chọn giữ bản trên máy, thay bằng bản trong tệp hoặc thêm thành bản sao.',
        ] },
        { kind: 'subheading', text: 'Hoàn tác sau khi tải lại, và lịch sử thay đổi' },
        { kind: 'paragraph', text: '**Hoàn tác** ([[Ctrl+Z]]) và **Làm lại** ([[Ctrl+Y]]) vẫn dùng được sau khi tải lại trang hay tắt và mở lại '
          + 'trình duyệt: máy này giữ 200 thao tác gần nhất của mỗi kế hoạch, kể cả thao tác làm ở thẻ khác. Một ô đã bị sửa lại sau đó '
          + '(ở thẻ khác) thì không hoàn tác đè lên: ứng dụng báo tên ô và bỏ qua bước đó. Xóa kế hoạch thì xóa luôn các bước này.' },
        { kind: 'paragraph', text: 'Muốn biết một ô đã đổi thế nào: chọn ô rồi bấm **Lịch sử thay đổi** (hoặc nhấp chuột phải vào ô, chọn '
          + '**Lịch sử thay đổi**). Khung bên phải liệt kê từng lần đổi, mới nhất trước: lúc nào, giá trị cũ → mới, đổi bằng cách nào (gõ tay, '
          + 'dán, nhập từ tệp nào, hoàn tác…) và có phải từ thẻ/cửa sổ khác không. **Cả kế hoạch** hiện mọi thay đổi của kế hoạch; **Xuất CSV** '
          + 'tải danh sách về để mở bằng Excel. Máy này giữ 2.000 thay đổi gần nhất của mỗi kế hoạch; lịch sử không nằm trong tệp kế hoạch và tệp sao lưu.' },
      ],
    },
    keyboardSectionVi,
    proposeSectionVi,
    versionsSectionVi,
    monitoringSectionVi,
  ],
};
