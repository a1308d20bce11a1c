package vn.khenthuong.statistics;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download, never cached (it holds personal data). */
final class Downloads {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private Downloads() {
    }

    static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }

    /** "thong-ke-2017-caobang", from the period and the scope's code. */
    static String baseName(String what, Selection selection) {
        Period p = selection.period();
        String period = p.wholeYears() ? p.from().getYear() + (p.from().getYear() == p.to().getYear() ? "" : "-" + p.to().getYear())
                : p.from() + "-" + p.to();
        return what + "-" + period + "-" + selection.scope().code();
    }
}
