package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.List;

/** The «Hướng dẫn» sheet of the template: how to fill it in, in Vietnamese. */
final class TemplateInstructions {

    private TemplateInstructions() {
    }

    static List<String> lines(String periodCode, long maxBytes) {
        return List.of(
                "HƯỚNG DẪN NHẬP GIAO CHỈ TIÊU VÀ SỐ LIỆU THỰC HIỆN — KỲ " + periodCode,
                "",
                "1. Mỗi dòng của trang «" + XlsxTemplateWriter.DATA_SHEET + "» là một chỉ số giao cho một cán bộ hoặc một đơn vị trong kỳ.",
                "2. Điền đúng một trong hai cột «Mã cán bộ» (giao cho cán bộ) hoặc «Mã đơn vị» (giao cho đơn vị).",
                "3. Các cột nền xám (tên, đơn vị công tác, tên chỉ số, đơn vị tính) chỉ để tham khảo; khi nhập, dịch vụ không đọc chúng.",
                "4. «Chỉ tiêu», «Trọng số», «Ngưỡng tối thiểu», «Mức vượt» là điều khoản giao; «Trọng số» phải lớn hơn 0.",
                "5. Chỉ số «Đếm sản phẩm»: điền các cột số sản phẩm (được giao, hoàn thành, đạt chất lượng, đúng hạn; "
                        + "chậm hạn và bị trả lại nếu có), để trống «Thực hiện». Số hoàn thành không vượt số được giao.",
                "6. Các chỉ số khác: điền «Thực hiện», để trống các cột số sản phẩm. Chỉ số «Hoàn thành / không»: 1 là hoàn thành, 0 là không.",
                "7. Số viết bằng chữ số, phần thập phân dùng dấu chấm hoặc dấu phẩy (1.5 hoặc 1,5), không âm, không định dạng phần trăm.",
                "8. Muốn giao thêm chỉ số: thêm dòng mới, chọn mã cán bộ/đơn vị và mã chỉ số từ danh sách (trang «"
                        + XlsxTemplateWriter.CATALOGUE_SHEET + "»).",
                "9. Dòng chỉ có tên người hoặc đơn vị mà không có mã chỉ số và số liệu sẽ được bỏ qua.",
                "10. Một cặp cán bộ/đơn vị và chỉ số chỉ xuất hiện một lần. Cột «Kỳ đánh giá» phải là " + periodCode + " hoặc để trống.",
                "11. Khi nhập, cả tệp được kiểm tra trước: chỉ cần một ô sai thì không dữ liệu nào được ghi, "
                        + "và dịch vụ liệt kê mọi dòng, cột sai.",
                "12. «Nguồn số liệu» để trống sẽ được ghi là «Nhập từ tệp <tên tệp>». Người nhập và thời điểm nhập được ghi tự động.",
                "13. Có thể lưu tệp dạng .xlsx hoặc .csv (UTF-8); tệp không quá " + ImportFileReader.megabytes(maxBytes) + " MB. "
                        + "Không đổi tên các tiêu đề cột.");
    }
}
