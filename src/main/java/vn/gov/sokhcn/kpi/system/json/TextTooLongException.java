package vn.gov.sokhcn.kpi.system.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A request's text field longer than its {@link TextLimit}; Jackson adds the field's path on its way out. */
public final class TextTooLongException extends MismatchedInputException {
    private final int max;
    private final int length;

    TextTooLongException(JsonParser parser, int max, int length) {
        super(parser, "Text longer than " + max + " characters", String.class);
        this.max = max;
        this.length = length;
    }

    /** The Vietnamese sentence a person reads. */
    public String sentence() {
        return "Dài tối đa " + max + " ký tự (đang có " + length + " ký tự)";
    }
}
