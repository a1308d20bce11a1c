package vn.khenthuong.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.khenthuong.award.Award;
import vn.khenthuong.dossier.NomineeKind;

/**
 * Reads the registry import file: UTF-8 with or without BOM, comma or semicolon separated (the
 * separator of the header line wins), fields optionally in double quotes ({@code ""} inside quotes is
 * a quote). Each data line becomes an entry or a Vietnamese reason why it is refused.
 */
class RegistryCsv {

    static final List<String> COLUMNS = List.of("loai", "cccd", "ma_tap_the", "ho_ten", "don_vi", "danh_hieu", "nam",
            "loai_khen", "so_quyet_dinh", "ngay_quyet_dinh", "co_quan_quyet_dinh");
    static final int FIRST_YEAR = 1945;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A record of the file and the line it starts on. */
    record Line(int number, List<String> fields) {
    }

    /** A data line read: {@code entry} when good, {@code error} when refused. */
    record ParsedRow(int line, String name, RegistryEntry entry, String error) {
    }

    private final Function<String, Optional<Award>> awards;
    private final Predicate<String> unitExists;
    private final LocalDate today;

    RegistryCsv(Function<String, Optional<Award>> awards, Predicate<String> unitExists, LocalDate today) {
        this.awards = awards;
        this.unitExists = unitExists;
        this.today = today;
    }

    /** @throws IllegalArgumentException when the file as a whole cannot be read (encoding, header) */
    List<ParsedRow> read(InputStream in, String userId) throws IOException {
        List<Line> lines = split(decode(in.readAllBytes()));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Tệp không có dữ liệu");
        }
        Map<String, Integer> header = header(lines.get(0));
        List<ParsedRow> rows = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            rows.add(row(line, header, userId));
        }
        return rows;
    }

    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Tệp không phải văn bản mã UTF-8: hãy lưu lại dưới dạng CSV UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Splits the text into records; blank records are dropped. */
    static List<Line> split(String text) {
        char separator = separatorOf(text);
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldQuoted = false;
        int lineNo = 1;
        int recordStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue; // line breaks inside a field are kept as \n
                } else {
                    if (c == '\n') {
                        lineNo++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldQuoted && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                fieldQuoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldQuoted = false;
            } else if (c == '\n') {
                fields.add(field.toString());
                addIfNotBlank(lines, recordStart, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldQuoted = false;
                lineNo++;
                recordStart = lineNo;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        fields.add(field.toString());
        addIfNotBlank(lines, recordStart, fields);
        return lines;
    }

    private static void addIfNotBlank(List<Line> lines, int number, List<String> fields) {
        if (fields.stream().anyMatch(f -> !f.isBlank())) {
            lines.add(new Line(number, List.copyOf(fields)));
        }
    }

    private static char separatorOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Map<String, Integer> header(Line line) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < line.fields().size(); i++) {
            index.putIfAbsent(line.fields().get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Dòng tiêu đề thiếu cột: " + String.join(", ", missing)
                    + " (cần các cột " + String.join(",", COLUMNS) + ")");
        }
        return index;
    }

    private ParsedRow row(Line line, Map<String, Integer> header, String userId) {
        Function<String, String> value = column -> {
            int i = header.get(column);
            return i < line.fields().size() ? line.fields().get(i).trim() : "";
        };
        List<String> problems = new ArrayList<>();
        String name = value.apply("ho_ten");

        SubjectKind kind = switch (value.apply("loai").toUpperCase(Locale.ROOT)) {
            case "CA_NHAN" -> SubjectKind.INDIVIDUAL;
            case "TAP_THE" -> SubjectKind.COLLECTIVE;
            default -> null;
        };
        String cccd = null;
        String collectiveCode = null;
        if (kind == null) {
            problems.add("Loại phải là CA_NHAN hoặc TAP_THE");
        } else if (kind == SubjectKind.INDIVIDUAL) {
            cccd = value.apply("cccd");
            if (!cccd.matches("\\d{12}")) {
                problems.add("Số CCCD phải gồm đúng 12 chữ số");
            }
        } else {
            collectiveCode = value.apply("ma_tap_the");
            if (collectiveCode.isEmpty() || collectiveCode.length() > 40) {
                problems.add("Thiếu mã tập thể (tối đa 40 ký tự)");
            }
        }
        if (name.isEmpty()) {
            problems.add("Thiếu họ tên");
        } else if (name.length() > 300) {
            problems.add("Họ tên dài quá 300 ký tự");
        }
        String unit = value.apply("don_vi");
        if (!unit.isEmpty() && !unitExists.test(unit)) {
            problems.add("Đơn vị \"" + unit + "\" không có trong danh mục tổ chức");
        }
        String awardCode = value.apply("danh_hieu").toUpperCase(Locale.ROOT);
        Optional<Award> award = awards.apply(awardCode);
        if (award.isEmpty()) {
            problems.add("Danh hiệu \"" + value.apply("danh_hieu") + "\" không có trong danh mục khen thưởng");
        } else if (kind != null && !award.get().target().accepts(nomineeKind(kind))) {
            problems.add(award.get().name() + " không xét tặng cho "
                    + (kind == SubjectKind.INDIVIDUAL ? "cá nhân" : "tập thể"));
        }
        Integer year = year(value.apply("nam"));
        if (year == null) {
            problems.add("Năm không hợp lệ (phải từ " + FIRST_YEAR + " đến " + today.getYear() + ")");
        }
        MeritKind merit = switch (value.apply("loai_khen").toUpperCase(Locale.ROOT)) {
            case "", "THUONG_XUYEN" -> MeritKind.MERIT;
            case "DOT_XUAT" -> MeritKind.ONE_OFF;
            case "CHUYEN_DE" -> MeritKind.THEMATIC;
            default -> null;
        };
        if (merit == null) {
            problems.add("Loại khen phải là THUONG_XUYEN, DOT_XUAT hoặc CHUYEN_DE");
        }
        LocalDate decisionDate = null;
        String dateText = value.apply("ngay_quyet_dinh");
        if (!dateText.isEmpty()) {
            try {
                decisionDate = LocalDate.parse(dateText, DATE);
                if (decisionDate.isAfter(today)) {
                    problems.add("Ngày quyết định " + decisionDate.format(VIETNAMESE_DATE) + " ở tương lai");
                } else if (year != null && decisionDate.getYear() < year) {
                    problems.add("Ngày quyết định " + decisionDate.format(VIETNAMESE_DATE) + " trước năm được khen " + year);
                }
            } catch (DateTimeParseException e) {
                problems.add("Ngày quyết định \"" + dateText + "\" không hợp lệ (định dạng dd/MM/yyyy)");
            }
        }
        String decisionNumber = value.apply("so_quyet_dinh");
        if (decisionNumber.length() > 60) {
            problems.add("Số quyết định dài quá 60 ký tự");
        }
        String decidedBy = value.apply("co_quan_quyet_dinh");
        if (decidedBy.length() > 200) {
            problems.add("Cơ quan quyết định dài quá 200 ký tự");
        }
        if (!problems.isEmpty()) {
            return new ParsedRow(line.number(), name, null, String.join("; ", problems));
        }
        RegistryEntry entry = new RegistryEntry(null, kind, cccd, collectiveCode, name, blankToNull(unit), awardCode, year,
                null, null, merit, blankToNull(decisionNumber), decisionDate, blankToNull(decidedBy),
                RegistrySource.IMPORT, null, null, userId, null);
        return new ParsedRow(line.number(), name, entry, null);
    }

    private Integer year(String text) {
        if (!text.matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text);
        return year < FIRST_YEAR || year > today.getYear() ? null : year;
    }

    private static NomineeKind nomineeKind(SubjectKind kind) {
        return kind == SubjectKind.INDIVIDUAL ? NomineeKind.INDIVIDUAL : NomineeKind.COLLECTIVE;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
