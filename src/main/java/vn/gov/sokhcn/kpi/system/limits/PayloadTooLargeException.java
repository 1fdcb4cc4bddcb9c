package vn.gov.sokhcn.kpi.system.limits;

/** A request body or an uploaded file larger than its limit: 413 with the limit in Vietnamese. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String detail) {
        super(detail);
    }

    /** The refusal of an uploaded file over {@code maxBytes}, in the words every upload uses. */
    public static PayloadTooLargeException upload(long maxBytes) {
        return new PayloadTooLargeException("Tệp tải lên lớn hơn giới hạn " + megabytes(maxBytes) + " MB");
    }

    /** «… giới hạn là 5 MB»: a size in mebibytes as people read it (a decimal comma, no «,0»). */
    public static String megabytes(long bytes) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text).replace('.', ',');
    }
}
