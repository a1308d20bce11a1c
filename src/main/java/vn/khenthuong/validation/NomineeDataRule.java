package vn.khenthuong.validation;

import static vn.khenthuong.validation.RuleText.label;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Nominee;

/** Completeness: the dossier's period and the data of every nominee still under consideration. */
class NomineeDataRule implements DossierRule {

    static final String CODE = "NOMINEE_DATA";
    static final int MIN_AGE = 15;
    static final int MAX_AGE = 100;

    private final AwardCatalogue awards;
    private final Clock clock;

    NomineeDataRule(AwardCatalogue awards, Clock clock) {
        this.awards = awards;
        this.clock = clock;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        List<Finding> findings = new ArrayList<>();
        Optional<Award> award = awards.find(dossier.awardCode());
        if (award.isEmpty()) {
            findings.add(Finding.error(null, CODE, "Danh hiệu \"" + dossier.awardCode() + "\" không có trong danh mục khen thưởng"));
        }
        checkPeriod(dossier, findings);
        if (!isNfc(dossier.movement()) || !isNfc(dossier.summary())) {
            findings.add(Finding.error(null, CODE, "Tên phong trào hoặc tóm tắt hồ sơ chưa ở dạng Unicode dựng sẵn (NFC)"));
        }
        List<Nominee> nominees = dossier.activeNominees();
        if (nominees.isEmpty()) {
            findings.add(Finding.error(null, CODE, "Hồ sơ chưa có cá nhân hoặc tập thể được đề nghị"));
        }
        for (Nominee n : nominees) {
            List<String> problems = new ArrayList<>();
            if (n.fullName() == null || n.fullName().isBlank()) {
                problems.add(n.isIndividual() ? "chưa có họ tên" : "chưa có tên tập thể");
            }
            if (award.isPresent() && !award.get().target().accepts(n.kind())) {
                problems.add(award.get().name() + " không xét tặng cho " + (n.isIndividual() ? "cá nhân" : "tập thể"));
            }
            if (n.kind() == NomineeKind.INDIVIDUAL) {
                checkPerson(n, dossier.periodYear(), problems);
            } else {
                checkCollective(n, problems);
            }
            if (!isNfc(n.fullName()) || !isNfc(n.jobTitle()) || !isNfc(n.achievement()) || n.initiatives().stream()
                    .anyMatch(i -> !isNfc(i.title()) || !isNfc(i.recognisedBy()) || !isNfc(i.reference()))) {
                problems.add("văn bản chưa ở dạng Unicode dựng sẵn (NFC)");
            }
            problems.forEach(p -> findings.add(Finding.error(n.id(), CODE, label(n) + ": " + p)));
        }
        return findings;
    }

    private static void checkPeriod(Dossier dossier, List<Finding> findings) {
        if (dossier.periodFrom() != null && dossier.periodTo() != null && dossier.periodFrom().isAfter(dossier.periodTo())) {
            findings.add(Finding.error(null, CODE, "Thời gian lập thành tích: ngày bắt đầu "
                    + RuleText.date(dossier.periodFrom()) + " sau ngày kết thúc " + RuleText.date(dossier.periodTo())));
        }
        if (dossier.oneOff() && (dossier.periodFrom() == null || dossier.periodTo() == null)) {
            findings.add(Finding.error(null, CODE, "Hồ sơ khen thưởng đột xuất cần thời gian lập thành tích (từ ngày, đến ngày)"));
        }
    }

    private void checkPerson(Nominee n, int periodYear, List<String> problems) {
        if (n.cccd() == null || !n.cccd().matches("\\d{12}")) {
            problems.add("số CCCD phải gồm đúng 12 chữ số");
        }
        LocalDate today = LocalDate.now(clock);
        if (n.birthDate() == null) {
            problems.add("chưa có ngày sinh");
        } else if (!n.birthDate().isBefore(today)) {
            problems.add("ngày sinh " + RuleText.date(n.birthDate()) + " phải trước ngày hôm nay");
        } else {
            int age = periodYear - n.birthDate().getYear();
            if (age < MIN_AGE || age > MAX_AGE) {
                problems.add("tuổi trong năm " + periodYear + " là " + age + ", phải từ " + MIN_AGE + " đến " + MAX_AGE);
            }
        }
        if (n.monthsOfService() != null && (n.monthsOfService() < 0 || n.monthsOfService() > 12)) {
            problems.add("số tháng công tác trong năm phải từ 0 đến 12");
        }
        if (negative(n.excellentYears()) || negative(n.initiativeCount())) {
            problems.add("số năm hoàn thành xuất sắc nhiệm vụ và số sáng kiến không được âm");
        }
    }

    private static void checkCollective(Nominee n, List<String> problems) {
        Integer members = n.memberCount();
        if (members == null || members <= 0) {
            problems.add("số thành viên phải lớn hơn 0");
            return;
        }
        checkCount(n.ldttCount(), members, "số thành viên đạt Lao động tiên tiến", problems);
        checkCount(n.cstdcsCount(), members, "số thành viên đạt Chiến sĩ thi đua cơ sở", problems);
        checkCount(n.disciplinedCount(), members, "số thành viên bị kỷ luật", problems);
    }

    private static void checkCount(Integer count, int members, String what, List<String> problems) {
        if (count != null && (count < 0 || count > members)) {
            problems.add(what + " (" + count + ") phải từ 0 đến số thành viên (" + members + ")");
        }
    }

    private static boolean negative(Integer value) {
        return value != null && value < 0;
    }

    private static boolean isNfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }
}
