package vn.gov.sokhcn.kpi.ruleset.version;

import vn.gov.sokhcn.kpi.system.ConflictException;

/**
 * A write based on an ACTIVE version that is no longer the one in force (another person, maybe on another instance,
 * activated a newer one since): going on would silently undo that change, so it is refused with a 409 naming both.
 */
public class StaleBaseException extends ConflictException {
    private final int basedOn;
    private final int active;

    StaleBaseException(String message, int basedOn, int active) {
        super(message);
        this.basedOn = basedOn;
        this.active = active;
    }

    static StaleBaseException upload(int basedOn, int active) {
        return new StaleBaseException("Bản tải lên dựa trên phiên bản " + basedOn + " nhưng phiên bản đang áp dụng là "
                + active + " (đã được áp dụng sau khi bạn mở phiên bản " + basedOn + "): lưu bản này sẽ bỏ mất thay đổi "
                + "của phiên bản " + active + ". Hãy tải lên lại dựa trên phiên bản " + active + ".", basedOn, active);
    }

    static StaleBaseException activation(int draft, int basedOn, int active) {
        return new StaleBaseException("Bản nháp " + draft + " dựa trên phiên bản " + basedOn + " nhưng phiên bản đang áp "
                + "dụng là " + active + ": áp dụng bản nháp sẽ bỏ mất thay đổi của phiên bản " + active + ". Hãy tải các "
                + "tệp đã sửa lên lại dựa trên phiên bản " + active + ".", basedOn, active);
    }

    public int basedOn() {
        return basedOn;
    }

    public int active() {
        return active;
    }
}
