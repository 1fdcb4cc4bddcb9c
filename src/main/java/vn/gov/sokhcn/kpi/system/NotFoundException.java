package vn.gov.sokhcn.kpi.system;

/** The object a request names does not exist: 404 with a Vietnamese detail ("Không tìm thấy đơn vị «X»"). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super("Không tìm thấy " + what + " «" + key + "»");
    }
}
