package vn.gov.sokhcn.kpi.ruleset;

import java.util.regex.Pattern;

/**
 * Why a text typed in a data cell is not a plain literal, in Vietnamese; {@code null} when it is.
 * A number cell may hold only a number; a text cell may hold any words but nothing that would end
 * the quoted text it is pasted into and let the rest run as code.
 */
final class LiteralText {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern CALL = Pattern.compile(".*[\\p{L}_$][\\p{L}\\p{N}_$.]*\\s*\\(.*", Pattern.DOTALL);
    private static final Pattern OPERATOR = Pattern.compile(".*[-+*/%<>=!&|^?:()\\[\\]{}~].*", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile(".*\\p{L}.*", Pattern.DOTALL);

    private LiteralText() {
    }

    static String whyNotANumber(String text) {
        if (NUMBER.matcher(text).matches()) {
            return null;
        }
        if (NUMBER.matcher(text.strip()).matches()) {
            return "có dấu cách thừa ở đầu hoặc cuối";
        }
        if (COMMA_DECIMAL.matcher(text.strip()).matches()) {
            return "dùng dấu phẩy thập phân; hãy ghi " + text.strip().replace(',', '.');
        }
        if (hasCurlyQuote(text)) {
            return "có dấu nháy cong (do Excel tự sửa); hãy bỏ dấu nháy";
        }
        if (text.contains(";")) {
            return "có câu lệnh (dấu chấm phẩy «;») — ô dữ liệu không được chứa mã";
        }
        if (text.indexOf('"') >= 0 || text.indexOf('\'') >= 0) {
            return "có dấu nháy — ô dữ liệu không được chứa mã";
        }
        if (CALL.matcher(text).matches()) {
            return "có lời gọi hàm — ô dữ liệu không được chứa mã";
        }
        if (OPERATOR.matcher(text).matches() && !NAME.matcher(text).matches()) {
            return "có phép tính hoặc toán tử; hãy ghi kết quả là một số";
        }
        if (NAME.matcher(text).matches()) {
            return OPERATOR.matcher(text).matches() ? "có biểu thức — ô dữ liệu không được chứa mã" : "là chữ, không phải số";
        }
        return "không phải là một số";
    }

    static String whyNotAText(String text) {
        if (hasCurlyQuote(text)) {
            return "có dấu nháy cong (do Excel tự sửa); hãy bỏ dấu nháy";
        }
        int quote = text.indexOf('"');
        if (quote >= 0) {
            return quote < text.length() - 1
                    ? "có dấu nháy kép và phần sau nó («" + text.substring(quote + 1) + "») sẽ thành mã quy tắc — ô dữ liệu không được chứa mã"
                    : "không được chứa dấu nháy kép";
        }
        if (text.indexOf('\\') >= 0) {
            return "không được chứa dấu gạch chéo ngược";
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return "không được xuống dòng trong ô";
        }
        if (!text.equals(text.strip())) {
            return "có dấu cách thừa ở đầu hoặc cuối";
        }
        return null;
    }

    private static boolean hasCurlyQuote(String text) {
        return text.chars().anyMatch(c -> c == '“' || c == '”' || c == '‘' || c == '’');
    }
}
