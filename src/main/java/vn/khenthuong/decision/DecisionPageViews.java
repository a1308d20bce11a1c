package vn.khenthuong.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.kernel.VietnameseMoney;
import vn.khenthuong.organisation.OrganisationService;

/** What the decision pages show of a decision, written out for people: Vietnamese dates, đồng, labels. */
@Component
class DecisionPageViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final String NONE = "—";

    /** A line of the list {@code /quyet-dinh}. */
    record Row(long id, String number, String date, String issuingBody, String award, String recipients, String total,
            String status, String badge, String signer) {
    }

    /** A person or collective in the detail's table; {@code bonus} is the signed amount, or today's estimate for a draft. */
    record RecipientLine(int no, long nomineeId, String name, String position, long dossierId, String dossierCode,
            String bonus) {
    }

    /** The nominees of one dossier in the choice of a draft's recipients. */
    record DossierGroup(long dossierId, String dossierCode, String unitName, List<AwardDecision.Recipient> nominees) {
    }

    record Detail(long id, DecisionStatus status, String title, String statusLabel, String badge, String issuingBody,
            String award, String achievement, String proposalRef, String returnComment, String number, String date,
            String signer, String signedAt, String sha256, String recipientCount, List<RecipientLine> recipients,
            String total, boolean estimated) {

        public boolean signed() {
            return status == DecisionStatus.SIGNED;
        }

        public boolean draft() {
            return status == DecisionStatus.IN_REVIEW || status == DecisionStatus.RETURNED;
        }

        public boolean returned() {
            return status == DecisionStatus.RETURNED;
        }
    }

    private final OrganisationService organisations;
    private final AwardCatalogue awards;
    private final BonusCalculator bonuses;

    DecisionPageViews(OrganisationService organisations, AwardCatalogue awards, BonusCalculator bonuses) {
        this.organisations = organisations;
        this.awards = awards;
        this.bonuses = bonuses;
    }

    Row row(AwardDecision d) {
        boolean signed = d.status() == DecisionStatus.SIGNED;
        return new Row(d.id(), signed ? d.decisionNumber() : "Dự thảo",
                signed ? day(d.decisionDate()) : day(d.createdAt()), bodyName(d.issuingBody()),
                awards.get(d.awardCode()).name(), RecipientCount.of(d.recipients()),
                signed ? VietnameseMoney.format(total(d)) : NONE, d.status().label(), badge(d.status()),
                d.signerName() == null ? NONE : d.signerName());
    }

    Detail detail(AwardDecision d) {
        boolean signed = d.status() == DecisionStatus.SIGNED;
        // a draft's amounts as they would be if signed today: one per kind of recipient, not one per row
        Map<NomineeKind, Optional<Long>> estimate = new EnumMap<>(NomineeKind.class);
        List<RecipientLine> lines = new ArrayList<>();
        long total = 0;
        for (AwardDecision.Recipient r : d.recipients()) {
            Long bonus = signed ? r.bonus()
                    : estimate.computeIfAbsent(r.kind(), kind -> estimate(d.awardCode(), kind)).orElse(null);
            total += bonus == null ? 0 : bonus;
            lines.add(new RecipientLine(lines.size() + 1, r.nomineeId(), r.fullName(), DecisionComposer.positionOrUnit(r),
                    r.dossierId(), r.dossierCode(), bonus == null ? NONE : VietnameseMoney.format(bonus)));
        }
        return new Detail(d.id(), d.status(), title(d), stateLabel(d.status()), badge(d.status()),
                "Chủ tịch UBND " + organisations.get(d.issuingBody()).name(), awards.get(d.awardCode()).name(),
                d.achievement(), d.proposalRef(), d.returnComment(), d.decisionNumber(), day(d.decisionDate()),
                signer(d), minute(d.signedAt()), d.pdfSha256(), RecipientCount.of(d.recipients()), lines,
                d.recipients().isEmpty() ? NONE : VietnameseMoney.format(total), !signed);
    }

    private Optional<Long> estimate(String awardCode, NomineeKind kind) {
        try {
            return Optional.of(bonuses.bonus(awards.get(awardCode), kind, VietnamTime.today()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The issuing body as the list and its filter name it: "UBND Thành phố Cao Bằng". */
    String bodyName(String code) {
        return "UBND " + organisations.get(code).name();
    }

    static List<DossierGroup> byDossier(List<AwardDecision.Recipient> nominees) {
        Map<Long, List<AwardDecision.Recipient>> groups = new LinkedHashMap<>();
        nominees.forEach(n -> groups.computeIfAbsent(n.dossierId(), id -> new ArrayList<>()).add(n));
        return groups.values().stream().map(list -> new DossierGroup(list.get(0).dossierId(), list.get(0).dossierCode(),
                list.get(0).unitName(), List.copyOf(list))).toList();
    }

    static String badge(DecisionStatus status) {
        return switch (status) {
            case SIGNED -> "ok";
            case RETURNED -> "warn";
            case CANCELLED -> "bad";
            case IN_REVIEW -> "";
        };
    }

    static String stateLabel(DecisionStatus status) {
        return switch (status) {
            case IN_REVIEW -> "Dự thảo — chờ Chủ tịch ký";
            case RETURNED -> "Bị trả lại";
            case SIGNED -> "Đã ký, ban hành";
            case CANCELLED -> "Dự thảo đã hủy";
        };
    }

    static String title(AwardDecision d) {
        return d.status() == DecisionStatus.SIGNED ? "Quyết định số " + d.decisionNumber() : "Dự thảo quyết định";
    }

    private String signer(AwardDecision d) {
        if (d.signerName() == null) {
            return null;
        }
        String body = "UBND " + organisations.get(d.issuingBody()).name();
        return SignerCapacity.VICE_CHAIRMAN.name().equals(d.signerCapacity())
                ? d.signerName() + ", Phó Chủ tịch " + body + " (ký thay Chủ tịch)"
                : d.signerName() + ", Chủ tịch " + body;
    }

    static long total(AwardDecision d) {
        return d.recipients().stream().mapToLong(r -> r.bonus() == null ? 0 : r.bonus()).sum();
    }

    static String day(LocalDate date) {
        return date == null ? NONE : date.format(DAY);
    }

    static String day(OffsetDateTime time) {
        return time == null ? NONE : time.atZoneSameInstant(VietnamTime.ZONE).format(DAY);
    }

    static String minute(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(VietnamTime.ZONE).format(MINUTE);
    }
}
