package vn.gov.sokhcn.kpi.kpi.imports;

/** A file that cannot be read as an import at all (not an .xlsx or .csv, empty, too large): 400 with the reason. */
public class UnreadableFileException extends RuntimeException {

    UnreadableFileException(String message) {
        super(message);
    }
}
