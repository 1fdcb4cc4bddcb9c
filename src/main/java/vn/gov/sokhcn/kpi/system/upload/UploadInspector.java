package vn.gov.sokhcn.kpi.system.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one place an uploaded file is checked as what it claims to be, before anything parses it: a workbook is a
 * real OOXML archive without macros, encryption or document type declarations, within the archive limits; a .zip
 * is a real ZIP within the same limits; a CSV is UTF-8 text. Each refusal says why, and what to do, in Vietnamese.
 * The same ratio and size limits are handed to POI's {@link ZipSecureFile}, which guards every workbook POI opens.
 */
@Component
public class UploadInspector {
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private final UploadLimits limits;

    @Autowired
    UploadInspector(UploadProperties properties) {
        this(properties.limits());
        ZipSecureFile.setMinInflateRatio(1.0 / properties.maxCompressionRatio());
        ZipSecureFile.setMaxEntrySize(properties.maxUncompressedSize().toBytes());
    }

    UploadInspector(UploadLimits limits) {
        this.limits = limits;
    }

    /** An .xlsx (or .drl.xlsx) named {@code name}. */
    public void workbook(String name, byte[] bytes) {
        String file = name == null ? "" : name;
        if (file.toLowerCase(Locale.ROOT).endsWith(".xlsm")) {
            throw macros();
        }
        FileMagic magic = FileMagic.of(bytes);
        if (magic == FileMagic.OLE2) {
            throw encrypted(bytes)
                    ? new RefusedUploadException("Bảng tính «" + file + "» được bảo vệ bằng mật khẩu nên không đọc được; "
                            + "hãy mở tệp trong Excel, bỏ mật khẩu rồi lưu lại (.xlsx) không đặt mật khẩu")
                    : new RefusedUploadException("Tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại thành .xlsx");
        }
        if (magic != FileMagic.ZIP) {
            throw new RefusedUploadException("Tệp «" + file + "» không phải bảng tính Excel (.xlsx)");
        }
        ZipScan scan = ZipScan.of(bytes, limits, "Bảng tính «" + file + "»");
        if (!scan.has(CONTENT_TYPES)) {
            throw new RefusedUploadException("Tệp «" + file + "» không phải bảng tính Excel (.xlsx): thiếu phần " + CONTENT_TYPES);
        }
        if (scan.entries().stream().anyMatch(e -> e.name().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))
                || macroContentType(bytes)) {
            throw macros();
        }
        if (!scan.withDoctype().isEmpty()) {
            throw new RefusedUploadException("Phần «" + scan.withDoctype().get(0) + "» của bảng tính «" + file
                    + "» có khai báo DOCTYPE/ENTITY (thực thể XML ngoài), không được nhận; hãy lưu lại tệp bằng Excel");
        }
    }

    /** A .zip archive (its entries are checked by the reader that knows what they should be). */
    public void zip(byte[] bytes) {
        if (FileMagic.of(bytes) != FileMagic.ZIP) {
            throw new RefusedUploadException("Tệp .zip không đọc được");
        }
        ZipScan.of(bytes, limits, "Tệp nén");
    }

    /** A CSV file: text in UTF-8 (with or without a byte order mark), no binary bytes. */
    public void csv(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new RefusedUploadException("Tệp không phải văn bản CSV (có byte nhị phân)");
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new RefusedUploadException("Tệp CSV không được mã hóa UTF-8; hãy lưu lại với kiểu «CSV UTF-8»");
        }
    }

    private static RefusedUploadException macros() {
        return new RefusedUploadException("Bảng tính có macro (VBA) không được nhận; hãy lưu lại thành "
                + "«Excel Workbook (.xlsx)», không có macro");
    }

    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean macroContentType(byte[] bytes) {
        return ContentTypes.of(bytes).toLowerCase(Locale.ROOT).contains("macroenabled");
    }
}
