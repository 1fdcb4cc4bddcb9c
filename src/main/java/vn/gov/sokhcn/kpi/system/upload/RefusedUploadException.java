package vn.gov.sokhcn.kpi.system.upload;

/** An uploaded file that is not what it claims to be, or is hostile; the message says why in Vietnamese. */
public class RefusedUploadException extends RuntimeException {

    public RefusedUploadException(String message) {
        super(message);
    }
}
