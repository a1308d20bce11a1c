package vn.khenthuong.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.AwardKind;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.VietnameseMoney;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.settings.Settings;

/**
 * Writes the text of a decision from its draft: the issuing body's heading, the legal bases and the
 * executors of Điều 3 as in force on the decision date (settings {@code decision.legal-bases.<kind>},
 * {@code decision.executors.<kind>}), the articles and the attached list with each recipient's bonus.
 */
@Component
class DecisionComposer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OrganisationService organisations;
    private final AwardCatalogue awards;
    private final Settings settings;
    private final BonusCalculator bonuses;

    DecisionComposer(OrganisationService organisations, AwardCatalogue awards, Settings settings, BonusCalculator bonuses) {
        this.organisations = organisations;
        this.awards = awards;
        this.settings = settings;
        this.bonuses = bonuses;
    }

    /** The symbol after the number: {@code decision-symbol.<body>} if the body has its own, else the default. */
    String symbol(String issuingBody, LocalDate date) {
        return settings.find("decision-symbol." + issuingBody, date)
                .orElseGet(() -> settings.text("decision-symbol.DEFAULT", date));
    }

    Map<Long, Long> bonuses(AwardDecision draft, LocalDate date) {
        Award award = awards.get(draft.awardCode());
        Map<Long, Long> amounts = new java.util.LinkedHashMap<>();
        draft.recipients().forEach(r -> amounts.put(r.nomineeId(), bonuses.bonus(award, r.kind(), date)));
        return amounts;
    }

    DecisionDocument compose(AwardDecision draft, DecisionDocument.DecisionNumber number, LocalDate date,
            DecisionDocument.Signer signer) {
        Organisation body = organisations.get(draft.issuingBody());
        Award award = awards.get(draft.awardCode());
        Map<Long, Long> amounts = bonuses(draft, date);
        List<DecisionDocument.Recipient> recipients = draft.recipients().stream()
                .map(r -> new DecisionDocument.Recipient(r.kind(), r.fullName(), positionOrUnit(r), amounts.get(r.nomineeId())))
                .toList();
        String committee = "Ủy ban nhân dân " + lowerFirst(body.name());
        boolean withList = recipients.size() > 1;
        return new DecisionDocument(
                List.of("ỦY BAN NHÂN DÂN", body.name().toUpperCase(VIETNAMESE)),
                number, body.placeName(), date,
                "Về việc tặng " + awardPhrase(award),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN " + body.name().toUpperCase(VIETNAMESE),
                legalBases(body, draft.proposalRef(), date),
                List.of(article1(award, draft, withList), article2(award, recipients, body, date),
                        "Quyết định có hiệu lực kể từ ngày ký. " + settings.text("decision.executors." + body.kind(), date)
                                + ", Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 "
                                + "chịu trách nhiệm thi hành Quyết định này."),
                List.of("Như Điều 3;", "Chủ tịch, các Phó Chủ tịch UBND;",
                        "Lưu: VT, " + (body.kind() == OrgKind.PROVINCE ? "TĐKT" : "NV") + "."),
                signer,
                withList ? new DecisionDocument.AttachedList(listTitle(award, recipients), "Chủ tịch " + committee,
                        recipients) : null);
    }

    private List<String> legalBases(Organisation body, String proposalRef, LocalDate date) {
        String toTrinh = proposalRef == null || proposalRef.isBlank() ? "" : " tại " + proposalRef.strip();
        return settings.text("decision.legal-bases." + body.kind(), date).replace("{toTrinh}", toTrinh)
                .lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String article1(Award award, AwardDecision draft, boolean withList) {
        String who;
        if (withList) {
            long individuals = draft.recipients().stream().filter(r -> r.kind() == NomineeKind.INDIVIDUAL).count();
            long collectives = draft.recipients().size() - individuals;
            List<String> parts = new ArrayList<>();
            if (individuals > 0) {
                parts.add(individuals + " cá nhân");
            }
            if (collectives > 0) {
                parts.add(collectives + " tập thể");
            }
            who = String.join(" và ", parts) + " (có danh sách kèm theo)";
        } else {
            who = positionedName(draft.recipients().get(0));
        }
        return "Tặng " + awardPhrase(award) + " cho " + who + ", " + achievement(draft.achievement()) + ".";
    }

    private static String article2(Award award, List<DecisionDocument.Recipient> recipients, Organisation body,
            LocalDate date) {
        List<String> amounts = new ArrayList<>();
        recipients.stream().filter(r -> r.kind() == NomineeKind.INDIVIDUAL).findFirst()
                .ifPresent(r -> amounts.add("mỗi cá nhân " + VietnameseMoney.format(r.bonus())));
        recipients.stream().filter(r -> r.kind() == NomineeKind.COLLECTIVE).findFirst()
                .ifPresent(r -> amounts.add("mỗi tập thể " + VietnameseMoney.format(r.bonus())));
        long total = recipients.stream().mapToLong(DecisionDocument.Recipient::bonus).sum();
        String what = award.kind() == AwardKind.TITLE ? "danh hiệu" : award.name().split(" của ")[0];
        return "Kèm theo " + what
                + " là tiền thưởng: " + String.join(", ", amounts) + "; tổng cộng " + VietnameseMoney.format(total)
                + ". Kinh phí khen thưởng trích từ " + fundingSource(body) + " năm " + date.getYear() + ".";
    }

    /** The fund that pays the bonuses of the body's decisions, e.g. "Quỹ thi đua, khen thưởng tỉnh". */
    static String fundingSource(Organisation body) {
        return "Quỹ thi đua, khen thưởng " + (body.kind() == OrgKind.PROVINCE ? "tỉnh" : lowerFirst(body.name()));
    }

    private static String listTitle(Award award, List<DecisionDocument.Recipient> recipients) {
        boolean individuals = recipients.stream().anyMatch(r -> r.kind() == NomineeKind.INDIVIDUAL);
        boolean collectives = recipients.stream().anyMatch(r -> r.kind() == NomineeKind.COLLECTIVE);
        String who = individuals && collectives ? "Cá nhân, tập thể" : individuals ? "Cá nhân" : "Tập thể";
        return who + " được tặng " + awardPhrase(award);
    }

    private static String awardPhrase(Award award) {
        return award.kind() == AwardKind.TITLE ? "danh hiệu “" + award.name() + "”" : award.name();
    }

    private static String achievement(String text) {
        String wording = text.strip().replaceAll("[.;,\\s]+$", "");
        return wording.startsWith("đã ") ? wording : "đã có thành tích " + wording;
    }

    private static String positionedName(AwardDecision.Recipient r) {
        return r.kind() == NomineeKind.INDIVIDUAL ? r.fullName() + ", " + positionOrUnit(r) : r.fullName() + ", " + r.unitName();
    }

    static String positionOrUnit(AwardDecision.Recipient r) {
        if (r.kind() == NomineeKind.COLLECTIVE || r.jobTitle() == null || r.jobTitle().isBlank()) {
            return r.unitName();
        }
        return r.jobTitle() + ", " + r.unitName();
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
