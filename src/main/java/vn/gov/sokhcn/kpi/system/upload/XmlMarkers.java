package vn.gov.sokhcn.kpi.system.upload;

import java.nio.charset.StandardCharsets;

/**
 * Looks for a document type declaration ({@code <!DOCTYPE}, and with it any {@code <!ENTITY}) anywhere in an XML
 * part as it streams by, case-insensitively, ignoring NUL bytes so that a UTF-16 part is caught as well. An Office
 * file never carries one; an external entity needs one.
 */
final class XmlMarkers {
    private static final byte[][] MARKERS = {bytes("<!doctype"), bytes("<!entity")};
    private final int[] matched = new int[MARKERS.length];
    private boolean found;

    void feed(byte[] buffer, int length) {
        for (int i = 0; i < length && !found; i++) {
            byte b = buffer[i];
            if (b == 0) {
                continue;
            }
            byte lower = (byte) Character.toLowerCase((char) (b & 0xFF));
            for (int m = 0; m < MARKERS.length; m++) {
                byte[] marker = MARKERS[m];
                matched[m] = marker[matched[m]] == lower ? matched[m] + 1 : (marker[0] == lower ? 1 : 0);
                if (matched[m] == marker.length) {
                    found = true;
                }
            }
        }
    }

    boolean found() {
        return found;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
