package vn.khenthuong.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.khenthuong.dossier.Nominee;

/**
 * The council's ballot sheet as Tasklist shows it: one line per nominee, "Nguyễn Văn An (mã 12): 8",
 * the secretary writing the votes in favour after the colon.
 */
final class BallotSheet {

    private static final Pattern LINE = Pattern.compile("\\(mã\\s*(\\d+)\\)\\s*:\\s*(\\S*)\\s*$");

    private BallotSheet() {
    }

    static String blank(List<Nominee> nominees) {
        return nominees.stream().map(n -> n.fullName() + " (mã " + n.id() + "): ").collect(Collectors.joining("\n"));
    }

    /** Votes in favour by nominee id; refuses a line without a number with the nominee's name. */
    static Map<Long, Integer> read(String sheet) {
        Map<Long, Integer> votes = new LinkedHashMap<>();
        for (String line : sheet.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line.strip());
            if (!m.find()) {
                throw new ReviewRefusedException("Dòng \"" + line.strip() + "\" không đúng mẫu: giữ nguyên tên và "
                        + "\"(mã …):\", ghi số phiếu đồng ý sau dấu hai chấm");
            }
            if (!m.group(2).matches("\\d+")) {
                String name = line.substring(0, Math.max(0, line.indexOf('('))).strip();
                throw new ReviewRefusedException("Chưa nhập số phiếu đồng ý (số nguyên) cho " + name);
            }
            votes.put(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return votes;
    }
}
