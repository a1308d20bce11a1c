package vn.khenthuong.dossier;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Tells the format of a file from its bytes, never from its name or declared type. Zip-based
 * formats are recognised from the zip's central directory without inflating anything but the small
 * {@code mimetype} entry, so a zip bomb costs nothing.
 */
final class ContentSniffer {

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, 42};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** The stream every Word 97-2003 file has, named in the OLE2 directory in UTF-16LE; Excel, MSI… lack it. */
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int EOCD_MIN_LENGTH = 22;
    private static final int MAX_ZIP_COMMENT = 0xFFFF;

    private ContentSniffer() {
    }

    static Optional<DocumentType> sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(DocumentType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(DocumentType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(DocumentType.JPEG);
        }
        if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
            return Optional.of(DocumentType.GIF);
        }
        if (startsWith(content, TIFF_LE) || startsWith(content, TIFF_BE)) {
            return Optional.of(DocumentType.TIFF);
        }
        if (startsWith(content, OLE2)) {
            return indexOf(content, WORD_STREAM) >= 0 ? Optional.of(DocumentType.DOC) : Optional.empty();
        }
        if (startsWith(content, ZIP_LOCAL)) {
            return zipType(content);
        }
        return Optional.empty();
    }

    private static Optional<DocumentType> zipType(byte[] zip) {
        int eocd = findEndOfCentralDirectory(zip);
        if (eocd < 0) {
            return Optional.empty();
        }
        int entries = u16(zip, eocd + 10);
        long directoryOffset = u32(zip, eocd + 16);
        if (directoryOffset >= zip.length) {
            return Optional.empty();
        }
        int p = (int) directoryOffset;
        boolean word = false;
        for (int i = 0; i < entries; i++) {
            if (p + 46 > zip.length || i32(zip, p) != CENTRAL_SIGNATURE) {
                return Optional.empty();
            }
            int method = u16(zip, p + 10);
            long compressedSize = u32(zip, p + 20);
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            long localOffset = u32(zip, p + 42);
            if (p + 46 + nameLength > zip.length) {
                return Optional.empty();
            }
            String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
            if (name.equals("mimetype")) {
                return ODT_MIMETYPE.equals(entryText(zip, localOffset, method, compressedSize))
                        ? Optional.of(DocumentType.ODT) : Optional.empty();
            }
            word |= name.startsWith("word/");
            p += 46 + nameLength + extraLength + commentLength;
        }
        return word ? Optional.of(DocumentType.DOCX) : Optional.empty();
    }

    /** The text of a small entry (at most a few hundred bytes are read), or null. */
    private static String entryText(byte[] zip, long localOffset, int method, long compressedSize) {
        if (localOffset + 30 > zip.length || i32(zip, (int) localOffset) != LOCAL_SIGNATURE) {
            return null;
        }
        int start = (int) localOffset + 30 + u16(zip, (int) localOffset + 26) + u16(zip, (int) localOffset + 28);
        int end = (int) Math.min(zip.length, start + Math.min(compressedSize, 1024));
        if (start > end) {
            return null;
        }
        byte[] data = Arrays.copyOfRange(zip, start, end);
        if (method == 0) {
            return new String(data, StandardCharsets.US_ASCII).trim();
        }
        if (method == 8) {
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(data);
                byte[] out = new byte[256];
                int n = inflater.inflate(out);
                return new String(out, 0, n, StandardCharsets.US_ASCII).trim();
            } catch (DataFormatException e) {
                return null;
            } finally {
                inflater.end();
            }
        }
        return null;
    }

    private static int findEndOfCentralDirectory(byte[] zip) {
        int last = zip.length - EOCD_MIN_LENGTH;
        int first = Math.max(0, last - MAX_ZIP_COMMENT);
        for (int p = last; p >= first; p--) {
            if (i32(zip, p) == EOCD_SIGNATURE) {
                return p;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] content, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= content.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (content[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int p) {
        return i32(b, p) & 0xFFFFFFFFL;
    }

    private static int i32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
