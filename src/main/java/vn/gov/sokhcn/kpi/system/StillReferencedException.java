package vn.gov.sokhcn.kpi.system;

/**
 * A delete refused because other data still refers to the object: 409 with a Vietnamese detail that
 * says what refers to it ("Không xóa được đơn vị «PKH»: còn 12 cán bộ thuộc đơn vị").
 */
public class StillReferencedException extends RuntimeException {

    public StillReferencedException(String message) {
        super(message);
    }
}
