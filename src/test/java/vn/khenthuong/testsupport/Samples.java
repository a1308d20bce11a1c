package vn.khenthuong.testsupport;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small but genuine files of each accepted format, and a few impostors. */
public final class Samples {

    private Samples() {
    }

    public static byte[] pdf() {
        String body = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An OLE2 compound file header followed by a directory sector naming the given root streams. */
    public static byte[] ole2(String streamName) {
        ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        b.position(0x18).putShort((short) 0x3E).putShort((short) 3).putShort((short) 0xFFFE).putShort((short) 9);
        b.position(512);
        directoryEntry(b, "Root Entry", 5);
        directoryEntry(b, streamName, 2);
        return b.array();
    }

    private static void directoryEntry(ByteBuffer b, String name, int type) {
        int start = b.position();
        byte[] utf16 = (name + "\0").getBytes(StandardCharsets.UTF_16LE);
        b.put(utf16);
        b.position(start + 64).putShort((short) utf16.length).put((byte) type);
        b.position(start + 128);
    }

    public static byte[] docx() {
        return zip(false, new String[][] {
                {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
                {"_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>"},
                {"word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Tờ trình</w:t></w:r></w:p></w:body></w:document>"}});
    }

    public static byte[] xlsx() {
        return zip(false, new String[][] {
                {"[Content_Types].xml", "<Types/>"},
                {"xl/workbook.xml", "<workbook/>"}});
    }

    public static byte[] odf(String mimetype) {
        return zip(true, new String[][] {
                {"mimetype", mimetype},
                {"content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"},
                {"META-INF/manifest.xml", "<manifest:manifest/>"}});
    }

    /** A zip whose first entry is stored (as ODF requires for {@code mimetype}) when {@code firstStored}. */
    public static byte[] zip(boolean firstStored, String[][] entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i++) {
                byte[] data = entries[i][1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(entries[i][0]);
                if (i == 0 && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    entry.setCompressedSize(data.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The start of a Windows executable: "MZ", the DOS stub, "PE\0\0". */
    public static byte[] exe() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }

    public static byte[] text() {
        return "Đây là một tệp văn bản đổi tên thành .pdf\n".getBytes(StandardCharsets.UTF_8);
    }
}
