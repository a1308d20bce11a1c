package vn.khenthuong.nomination;

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

    /**
     * One line per nominee. A long list must still fit in a Tasklist variable once the votes are written in
     * (up to 4 characters a line): names are then shortened, the code in brackets being what counts.
     */
    static String blank(List<Nominee> nominees) {
        String full = nominees.stream().map(n -> n.fullName() + " (mã " + n.id() + "): ").collect(Collectors.joining("\n"));
        int room = TasklistText.MAX - 5 * nominees.size();
        if (full.length() <= room) {
            return full;
        }
        int codes = nominees.stream().mapToInt(n -> (" (mã " + n.id() + "): ").length()).sum();
        int perName = Math.max(0, (room - codes) / Math.max(1, nominees.size()) - 1);
        return nominees.stream().map(n -> shorten(n.fullName(), perName) + " (mã " + n.id() + "): ")
                .collect(Collectors.joining("\n"));
    }

    private static String shorten(String name, int max) {
        return name.length() <= max ? name : max < 2 ? "" : name.substring(0, max - 1).strip() + "…";
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
