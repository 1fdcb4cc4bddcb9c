package vn.gov.sokhcn.kpi.system.upload;

/** What the first bytes of a file say it is. */
public enum FileMagic {
    /** A ZIP archive: an .xlsx, a .zip. */
    ZIP(new byte[] {'P', 'K', 3, 4}),
    /** An OLE2 compound file: an old .xls, or any Office file encrypted with a password. */
    OLE2(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}),
    OTHER(new byte[0]);

    private final byte[] magic;

    FileMagic(byte[] magic) {
        this.magic = magic;
    }

    public static FileMagic of(byte[] bytes) {
        for (FileMagic kind : new FileMagic[] {ZIP, OLE2}) {
            if (kind.starts(bytes)) {
                return kind;
            }
        }
        return OTHER;
    }

    private boolean starts(byte[] bytes) {
        // An OLE2 file is recognised by its first four bytes already, as Excel and POI do for a truncated one.
        int length = this == OLE2 ? 4 : magic.length;
        if (bytes == null || bytes.length < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
