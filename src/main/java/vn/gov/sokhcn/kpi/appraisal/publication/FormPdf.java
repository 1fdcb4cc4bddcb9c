package vn.gov.sokhcn.kpi.appraisal.publication;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The appraisal form as PDF: the Thymeleaf template {@code appraisal/form-pdf.html} (well-formed XHTML)
 * laid out by openhtmltopdf. The font is shipped in the jar (DejaVu Sans, {@code fonts/}, with its
 * licence) so Vietnamese prints the same wherever the service runs, whatever fonts the machine has.
 */
@Component
class FormPdf {
    static final String FONT = "DejaVu Sans";
    /** Characters XML 1.0 does not allow; a text typed with one would stop the XHTML parser. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final ITemplateEngine templates;

    FormPdf(ITemplateEngine templates) {
        this.templates = templates;
        XRLog.setLoggerImpl(new PdfLog());
    }

    byte[] render(FormViews.Form form) {
        Context context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("form", form);
        String html = NOT_XML.matcher(templates.process("appraisal/form-pdf", context)).replaceAll("");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String file) {
        return FormPdf.class.getResourceAsStream("/fonts/" + file);
    }
}
