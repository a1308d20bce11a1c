package vn.khenthuong.statistics;

import static vn.khenthuong.statistics.VietnameseNumbers.count;
import static vn.khenthuong.statistics.VietnameseNumbers.percentText;

import java.util.ArrayList;
import java.util.List;

import vn.khenthuong.kernel.VietnameseMoney;

/**
 * The figures in the words of a provincial report: "Năm 2017, ... 1.880 tập thể và cá nhân (769 tập thể,
 * trong đó 608 tập thể nhỏ, chiếm 79,06%; ...), tăng 14,77% so với năm 2016."
 */
final class ReportSummary {

    private ReportSummary() {
    }

    static List<String> sentences(Selection selection, Period previous, TallyRow total, List<TallyRow> byLevel) {
        List<String> sentences = new ArrayList<>();
        Count awards = total.count(Measure.AWARDS);
        sentences.add(SummaryTables.capitalised(selection.period().label()) + ", " + selection.scope().name()
                + (selection.movement() == null ? "" : " (phong trào \"" + selection.movement() + "\")") + " có "
                + count(awards.current()) + " lượt khen thưởng tập thể và cá nhân (" + count(total.count(Measure.COLLECTIVES).current())
                + " tập thể, " + count(total.count(Measure.INDIVIDUALS).current()) + " cá nhân)" + change(awards, previous) + ".");
        for (AwardLevel level : AwardLevel.values()) {
            byLevel.stream().filter(r -> level.name().equals(r.key(0)) && r.count(Measure.AWARDS).current() > 0)
                    .findFirst().ifPresent(r -> sentences.add(level(level, r, previous)));
        }
        long forwarded = total.count(Measure.FORWARDED).current();
        if (forwarded > 0) {
            sentences.add("Đề nghị cấp Nhà nước khen thưởng " + count(forwarded) + " tập thể và cá nhân"
                    + change(total.count(Measure.FORWARDED), previous) + ".");
        }
        if (total.money().current() > 0) {
            sentences.add("Tiền thưởng theo các quyết định khen thưởng: " + VietnameseMoney.format(total.money().current()) + ".");
        }
        return sentences;
    }

    private static String level(AwardLevel level, TallyRow r, Period previous) {
        long collectives = r.count(Measure.COLLECTIVES).current();
        long individuals = r.count(Measure.INDIVIDUALS).current();
        List<String> parts = new ArrayList<>();
        if (collectives > 0) {
            long small = r.count(Measure.SMALL_COLLECTIVES).current();
            parts.add(count(collectives) + " tập thể, trong đó " + count(small) + " tập thể nhỏ, chiếm "
                    + percentText(small, collectives));
        }
        if (individuals > 0) {
            long direct = r.count(Measure.DIRECT_WORKERS).current();
            parts.add(count(individuals) + " cá nhân, trong đó " + count(direct) + " người lao động trực tiếp, chiếm "
                    + percentText(direct, individuals));
        }
        return level.label() + ": " + count(r.count(Measure.AWARDS).current()) + " tập thể và cá nhân ("
                + String.join("; ", parts) + ")" + change(r.count(Measure.AWARDS), previous) + ".";
    }

    /** ", tăng 14,77% so với năm 2016"; nothing without a previous figure. */
    static String change(Count count, Period previous) {
        if (count.previous() == 0) {
            return "";
        }
        if (count.current() == count.previous()) {
            return ", bằng " + previous.label();
        }
        String by = percentText(Math.abs(count.current() - count.previous()), count.previous());
        return ", " + (count.current() > count.previous() ? "tăng " : "giảm ") + by + " so với " + previous.label();
    }
}
