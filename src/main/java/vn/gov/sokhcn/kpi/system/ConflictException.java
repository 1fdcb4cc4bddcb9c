package vn.gov.sokhcn.kpi.system;

/** A request that contradicts what is stored (a duplicate code, a run of a period with no data): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
