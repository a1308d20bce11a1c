package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * An initiative (sáng kiến), scientific research (đề tài khoa học) or solution (giải pháp) of an
 * individual nominee, as recognised: what ({@code title}), by whom ({@code recognisedBy}, e.g. "Hội đồng
 * sáng kiến tỉnh Cao Bằng"), when ({@code recognisedOn}), under which decision or document
 * ({@code reference}, optional) and how far its effect reaches ({@code scope}).
 */
public record Initiative(
        InitiativeKind kind,
        String title,
        String recognisedBy,
        LocalDate recognisedOn,
        String reference,
        InitiativeScope scope) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * One line for people: Sáng kiến "Dạy học STEM cho học sinh vùng cao" — Hội đồng sáng kiến tỉnh Cao Bằng công
     * nhận ngày 15/10/2025 (số 1234/QĐ-UBND), phạm vi ảnh hưởng cấp tỉnh.
     */
    public String description() {
        return kind.label() + " \"" + title + "\" — " + recognisedBy + " công nhận ngày " + recognisedOn.format(DATE)
                + (reference == null ? "" : " (số " + reference + ")") + ", phạm vi ảnh hưởng " + scope.word();
    }

    /** Recognised at {@code scope} or wider, on or before {@code date}. */
    public boolean recognisedAtLeast(InitiativeScope wanted, LocalDate date) {
        return scope != null && scope.atLeast(wanted) && recognisedOn != null && !recognisedOn.isAfter(date);
    }
}
