package vn.gov.sokhcn.kpi.system.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/** Reads a string of a request body and refuses it when it is longer than its field's {@link TextLimit}. */
final class LimitedStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String text = super.deserialize(p, ctxt);
        if (text != null) {
            int max = TextLimit.of(fieldName(p)).max;
            int length = text.codePointCount(0, text.length());
            if (length > max) {
                throw new TextTooLongException(p, max, length);
            }
        }
        return text;
    }

    /** The field a value belongs to; for an element of a list of strings, the list's field. */
    private static String fieldName(JsonParser p) {
        for (TokenStreamContext c = p.streamReadContext(); c != null; c = c.getParent()) {
            if (c.inObject() && c.currentName() != null) {
                return c.currentName();
            }
        }
        return null;
    }
}
