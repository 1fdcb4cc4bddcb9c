package vn.gov.sokhcn.kpi.evaluation.policy;

import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/** Reads codes typed in cells, turning a bad code into an error that names the column. */
final class Codes {
    private Codes() {
    }

    static Rating rating(String code, String column) {
        if (code == null) {
            throw new PolicyRowException(column, "thiếu giá trị bắt buộc");
        }
        try {
            return Rating.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new PolicyRowException(column, e.getMessage());
        }
    }

    static String oneOf(String code, java.util.Set<String> allowed, String column) {
        if (code == null) {
            throw new PolicyRowException(column, "thiếu giá trị bắt buộc");
        }
        if (!allowed.contains(code)) {
            throw new PolicyRowException(column, "mã \"" + code + "\" không có; chỉ được dùng " + allowed);
        }
        return code;
    }

    /** "Có" or "Không", as HR officers write yes and no. */
    static boolean flag(String text, String column) {
        if ("Có".equalsIgnoreCase(text.trim())) {
            return true;
        }
        if ("Không".equalsIgnoreCase(text.trim())) {
            return false;
        }
        throw new PolicyRowException(column, "giá trị \"" + text + "\" không hợp lệ; chỉ được ghi Có hoặc Không");
    }
}
