package vn.gov.sokhcn.kpi.appraisal.publication;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages through SLF4J (it writes to java.util.logging's console by default, at INFO
 * for every page): timings and font loading at DEBUG, problems at WARN, so the service's logging decides.
 */
final class PdfLog implements XRLogger {
    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable problem) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("{}: {}", where, message, problem);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{}: {}", where, message, problem);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // The level is the SLF4J logger's.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || LOG.isDebugEnabled();
    }
}
