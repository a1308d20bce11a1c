package vn.khenthuong.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.CleanText;

/**
 * Reads the registry import file as a stream, one record at a time: UTF-8 with or without BOM, comma
 * or semicolon separated (the separator of the header line wins), fields optionally in double quotes
 * ({@code ""} inside quotes is a quote). Each data line becomes an entry or a Vietnamese reason why it
 * is refused; a file that is not such a table (encoding, header, a line with fewer columns than the
 * header, an unclosed quote) is refused as a whole.
 */
class RegistryCsv {

    static final List<String> COLUMNS = List.of("loai", "cccd", "ma_tap_the", "ho_ten", "don_vi", "danh_hieu", "nam",
            "loai_khen", "so_quyet_dinh", "ngay_quyet_dinh", "co_quan_quyet_dinh");
    static final int FIRST_YEAR = 1945;
    /** Columns a file may add for the statistics; a file without them imports as before. */
    static final List<String> FACT_COLUMNS = List.of("tap_the_nho", "lao_dong_truc_tiep", "phong_trao", "tien_thuong",
            "nguon_kinh_phi");
    /** Longer than any column of the table: a longer field is a quote left open, swallowing the lines after it. */
    static final int MAX_FIELD = 4000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Đồng, with or without the Vietnamese thousands dots: 1.490.000 or 1490000. */
    private static final Pattern MONEY = Pattern.compile("\\d{1,3}(\\.\\d{3})*|\\d+");

    /** A record of the file and the line it starts on. */
    record Line(int number, List<String> fields) {
    }

    /** A data line read: {@code imported} when good, {@code error} when refused. */
    record ParsedRow(int line, String name, ImportedEntry imported, String error) {

        RegistryEntry entry() {
            return imported == null ? null : imported.entry();
        }
    }

    private final Function<String, Optional<Award>> awards;
    private final Predicate<String> unitExists;
    private final LocalDate today;

    RegistryCsv(Function<String, Optional<Award>> awards, Predicate<String> unitExists, LocalDate today) {
        this.awards = awards;
        this.unitExists = unitExists;
        this.today = today;
    }

    /**
     * Hands every data line to {@code rows} as soon as it is read, in file order.
     *
     * @throws IllegalArgumentException when the file is not a table of the registry (see the class comment)
     */
    void read(InputStream in, String userId, Consumer<ParsedRow> rows) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            String first = text.readLine();
            int headerLine = 1;
            while (first != null && first.replace("\uFEFF", "").isBlank()) {
                first = text.readLine();
                headerLine++;
            }
            if (first == null) {
                throw new IllegalArgumentException("Tệp không có dữ liệu");
            }
            first = first.startsWith("\uFEFF") ? first.substring(1) : first;
            char separator = separatorOf(first);
            List<String> headerFields = new Records(new StringReader(first), separator, headerLine).next().fields();
            Map<String, Integer> header = header(headerFields);
            Records records = new Records(text, separator, headerLine + 1);
            for (Line line = records.next(); line != null; line = records.next()) {
                rows.accept(row(line, header, headerFields.size(), userId));
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Tệp không phải văn bản mã UTF-8: hãy lưu lại dưới dạng CSV UTF-8");
        }
    }

    /** The records of a text, read one at a time; blank records are skipped. */
    static final class Records {

        private final Reader in;
        private final char separator;
        private int lineNo;
        private int peeked = -2;

        Records(Reader in, char separator, int firstLine) {
            this.in = in;
            this.separator = separator;
            this.lineNo = firstLine;
        }

        /** The next record that is not blank, or null at the end of the text. */
        Line next() throws IOException {
            for (Line line = record(); line != null; line = record()) {
                if (line.fields().stream().anyMatch(f -> !f.isBlank())) {
                    return line;
                }
            }
            return null;
        }

        private Line record() throws IOException {
            int start = lineNo;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldQuoted = false;
            int c = read();
            if (c == -1) {
                return null;
            }
            for (; c != -1; c = read()) {
                if (field.length() > MAX_FIELD) {
                    throw new IllegalArgumentException("Dòng " + start + " có một ô dài quá " + MAX_FIELD
                            + " ký tự: có thể thiếu dấu nháy kép đóng ô");
                }
                if (quoted) {
                    if (c == '"' && peek() == '"') {
                        field.append('"');
                        read();
                    } else if (c == '"') {
                        quoted = false;
                    } else if (c != '\r' || peek() != '\n') { // line breaks inside a field are kept as \n
                        lineNo += c == '\n' ? 1 : 0;
                        field.append((char) c);
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
                    lineNo++;
                    break;
                } else if (c != '\r') {
                    field.append((char) c);
                }
            }
            if (quoted) {
                throw new IllegalArgumentException("Dòng " + start + " mở dấu nháy kép mà không đóng đến hết tệp");
            }
            fields.add(field.toString());
            return new Line(start, fields);
        }

        private int read() throws IOException {
            int c = peeked == -2 ? in.read() : peeked;
            peeked = -2;
            return c;
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
            }
            return peeked;
        }
    }

    private static char separatorOf(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static Map<String, Integer> header(List<String> fields) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            index.putIfAbsent(fields.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Dòng tiêu đề thiếu cột: " + String.join(", ", missing)
                    + " (cần các cột " + String.join(",", COLUMNS) + ")");
        }
        return index;
    }

    /** A line must have the header's columns: with fewer, every value after the gap would land in the wrong column. */
    private static void checkWidth(Line line, int width) {
        if (line.fields().size() < width) {
            throw new IllegalArgumentException("Dòng " + line.number() + " thiếu cột: có " + line.fields().size()
                    + " cột, dòng tiêu đề có " + width + " cột. Không dòng nào được nhập; hãy sửa dòng này rồi nhập lại tệp");
        }
        if (line.fields().subList(width, line.fields().size()).stream().anyMatch(f -> !f.isBlank())) {
            throw new IllegalArgumentException("Dòng " + line.number() + " thừa cột: có dữ liệu sau cột thứ " + width
                    + " của dòng tiêu đề (ô có dấu phân cách phải đặt trong dấu nháy kép). Không dòng nào được nhập; "
                    + "hãy sửa dòng này rồi nhập lại tệp");
        }
    }

    private ParsedRow row(Line line, Map<String, Integer> header, int width, String userId) {
        checkWidth(line, width);
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (String column : columnsOf(header)) {
            try {
                String clean = CleanText.text(line.fields().get(header.get(column)));
                values.put(column, clean == null ? "" : clean);
            } catch (CleanText.RefusedText e) {
                problems.add("Cột " + column + " " + e.getMessage());
            }
        }
        Function<String, String> value = column -> values.getOrDefault(column, "");
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
            if (!CCCD.matcher(cccd).matches()) {
                problems.add("Số CCCD phải gồm đúng 12 chữ số");
            }
        } else {
            collectiveCode = value.apply("ma_tap_the");
            if (collectiveCode.isEmpty() || collectiveCode.length() > 40) {
                problems.add("Thiếu mã tập thể (tối đa 40 ký tự)");
            }
        }
        if (name.isEmpty() && values.containsKey("ho_ten")) {
            problems.add("Thiếu họ tên");
        } else if (name.length() > 300) {
            problems.add("Họ tên dài quá 300 ký tự");
        }
        String unit = value.apply("don_vi");
        if (!unit.isEmpty() && (unit.length() > 40 || !unitExists.test(unit))) {
            problems.add("Đơn vị \"" + unit + "\" không có trong danh mục tổ chức");
        }
        String awardCode = value.apply("danh_hieu").toUpperCase(Locale.ROOT);
        Optional<Award> award = awardCode.length() > 20 ? Optional.empty() : awards.apply(awardCode);
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
        Boolean small = yesNo(value.apply("tap_the_nho"), "tap_the_nho", problems);
        if (Boolean.TRUE.equals(small) && kind == SubjectKind.INDIVIDUAL) {
            problems.add("Cột tap_the_nho chỉ dành cho tập thể");
        }
        Boolean directWorker = yesNo(value.apply("lao_dong_truc_tiep"), "lao_dong_truc_tiep", problems);
        if (Boolean.TRUE.equals(directWorker) && kind == SubjectKind.COLLECTIVE) {
            problems.add("Cột lao_dong_truc_tiep chỉ dành cho cá nhân");
        }
        String movement = value.apply("phong_trao");
        if (movement.length() > 300) {
            problems.add("Tên phong trào dài quá 300 ký tự");
        }
        Long bonus = money(value.apply("tien_thuong"), problems);
        String fund = value.apply("nguon_kinh_phi");
        if (fund.length() > 200) {
            problems.add("Nguồn kinh phí dài quá 200 ký tự");
        }
        if (!problems.isEmpty()) {
            return new ParsedRow(line.number(), name, null, String.join("; ", problems));
        }
        RegistryEntry entry = new RegistryEntry(null, kind, cccd, collectiveCode, name, blankToNull(unit), awardCode, year,
                null, null, merit, blankToNull(decisionNumber), decisionDate, blankToNull(decidedBy),
                RegistrySource.IMPORT, null, null, userId, null);
        return new ParsedRow(line.number(), name, new ImportedEntry(entry, small, directWorker, blankToNull(movement),
                bonus, blankToNull(fund)), null);
    }

    private static List<String> columnsOf(Map<String, Integer> header) {
        List<String> columns = new ArrayList<>(COLUMNS);
        FACT_COLUMNS.stream().filter(header::containsKey).forEach(columns::add);
        return columns;
    }

    /** Yes (có, x, 1) or no (không, blank, 0); anything else is a problem and counts as no. */
    private static Boolean yesNo(String text, String column, List<String> problems) {
        return switch (CleanText.fold(text)) {
            case "co", "x", "1" -> true;
            case "", "khong", "0" -> false;
            default -> {
                problems.add("Cột " + column + " phải là \"có\" hoặc \"không\" (đang là \"" + text + "\")");
                yield false;
            }
        };
    }

    private static Long money(String text, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        if (!MONEY.matcher(text).matches() || text.replace(".", "").length() > 15) {
            problems.add("Tiền thưởng \"" + text + "\" không hợp lệ (số đồng, ví dụ 1.490.000)");
            return null;
        }
        return Long.parseLong(text.replace(".", ""));
    }

    private Integer year(String text) {
        if (!YEAR.matcher(text).matches()) {
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
