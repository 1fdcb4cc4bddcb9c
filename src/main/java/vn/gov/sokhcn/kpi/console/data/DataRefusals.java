package vn.gov.sokhcn.kpi.console.data;

import java.util.stream.Collectors;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.evaluation.run.RunFailedException;
import vn.gov.sokhcn.kpi.kpi.imports.UnreadableFileException;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.limits.PayloadTooLargeException;
import vn.gov.sokhcn.kpi.system.upload.RefusedUploadException;

/** The Vietnamese sentence of a refusal by the import or run services, for the page; anything else is not a refusal. */
final class DataRefusals {
    private DataRefusals() {
    }

    static String message(RuntimeException e) {
        if (e instanceof InvalidRequestException invalid) {
            return invalid.problems().stream().map(p -> p.message()).collect(Collectors.joining("; "));
        }
        if (e instanceof UnreadableFileException || e instanceof RefusedUploadException || e instanceof NotFoundException
                || e instanceof ConflictException || e instanceof PayloadTooLargeException || e instanceof RunFailedException
                || e instanceof ScopeDeniedException) {
            return e.getMessage();
        }
        throw e;
    }
}
