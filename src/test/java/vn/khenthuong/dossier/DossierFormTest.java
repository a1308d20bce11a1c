package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import vn.khenthuong.award.NomineeKind;

class DossierFormTest {

    @Test
    void aFilledFormBecomesTheApisRequest() {
        DossierForm form = DossierForm.blank(2026);
        form.setAwardCode("LDTT");
        form.setPeriodFrom("1/9/2025");
        form.setPeriodTo("31/08/2026");
        form.setMovement("Dạy tốt, học tốt");
        NomineeForm person = form.getNominees().get(0);
        person.setFullName("Nguyễn Thị Hoa");
        person.setCccd("004190001234");
        person.setBirthDate("1985-03-12");  // as a date picker sends it
        person.setDutyRating("HTXS");
        person.setMonthsOfService("12");
        person.setDirectWorker(true);
        form.addNominee(NomineeKind.COLLECTIVE);
        NomineeForm team = form.getNominees().get(1);
        team.setFullName("Tổ Khối 5");
        team.setCollectiveCode("thhoachung-k5");
        team.setMemberCount("8");
        team.setLdttCount("6");
        team.setSmallCollective(true);

        BindingResult errors = errors(form);
        DossierRequest request = form.toRequest(errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(request.awardCode()).isEqualTo("LDTT");
        assertThat(request.periodYear()).isEqualTo(2026);
        assertThat(request.periodFrom()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(request.periodTo()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(request.oneOff()).isFalse();
        assertThat(request.summary()).as("blank is no value").isNull();
        assertThat(request.nominees()).hasSize(2);
        NomineeRequest hoa = request.nominees().get(0);
        assertThat(hoa.kind()).isEqualTo(NomineeKind.INDIVIDUAL);
        assertThat(hoa.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(hoa.dutyRating()).isEqualTo(DutyRating.HTXS);
        assertThat(hoa.monthsOfService()).isEqualTo(12);
        assertThat(hoa.directWorker()).isTrue();
        assertThat(hoa.collectiveCode()).isNull();
        NomineeRequest k5 = request.nominees().get(1);
        assertThat(k5.kind()).isEqualTo(NomineeKind.COLLECTIVE);
        assertThat(k5.memberCount()).isEqualTo(8);
        assertThat(k5.ldttCount()).isEqualTo(6);
        assertThat(k5.smallCollective()).isTrue();
        assertThat(k5.cccd()).isNull();
        assertThat(k5.directWorker()).isFalse();
    }

    @Test
    void whatCannotBeReadIsRejectedOnItsFieldAndKeptAsTyped() {
        DossierForm form = DossierForm.blank(2026);
        form.setPeriodYear("năm nay");
        form.setPeriodFrom("31/02/2026");
        NomineeForm person = form.getNominees().get(0);
        person.setFullName("Nguyễn Thị Hoa");
        person.setMonthsOfService("mười hai");
        person.setDutyRating("TOT");

        BindingResult errors = errors(form);
        DossierRequest request = form.toRequest(errors);

        assertThat(message(errors, "periodYear")).isEqualTo("Năm xét khen thưởng phải là số nguyên");
        assertThat(message(errors, "periodFrom")).isEqualTo("Ngày bắt đầu không phải ngày hợp lệ (ngày/tháng/năm)");
        assertThat(message(errors, "nominees[0].monthsOfService")).isEqualTo("Số tháng công tác phải là số nguyên");
        assertThat(message(errors, "nominees[0].dutyRating")).isEqualTo("Mức hoàn thành nhiệm vụ không hợp lệ");
        assertThat(errors.getFieldValue("nominees[0].monthsOfService")).isEqualTo("mười hai");
        assertThat(request.periodYear()).isNull();
        assertThat(request.nominees().get(0).monthsOfService()).isNull();
    }

    @Test
    void blankRowsAreLeftOutAndTheApisFieldPathsPointAtTheRowsTheyCameFrom() {
        DossierForm form = DossierForm.blank(2026);
        form.addNominee(NomineeKind.INDIVIDUAL);
        form.getNominees().get(1).setFullName("Hoàng Văn Nam");
        form.addNominee(NomineeKind.COLLECTIVE);
        form.addNominee(NomineeKind.INDIVIDUAL);
        form.getNominees().get(3).setCccd("123");

        DossierRequest request = form.toRequest(errors(form));

        assertThat(request.nominees()).extracting(NomineeRequest::fullName).containsExactly("Hoàng Văn Nam", null);
        assertThat(form.formField("nominees[0].fullName")).isEqualTo("nominees[1].fullName");
        assertThat(form.formField("nominees[1].cccd")).isEqualTo("nominees[3].cccd");
        assertThat(form.formField("awardCode")).isEqualTo("awardCode");
        assertThat(form.formField(null)).isNull();
    }

    @Test
    void anExistingNomineeIsNeverTakenForABlankRow() {
        DossierForm form = new DossierForm();
        NomineeForm kept = NomineeForm.empty(NomineeKind.INDIVIDUAL);
        kept.setId("42");
        form.setNominees(new java.util.ArrayList<>(List.of(kept)));

        DossierRequest request = form.toRequest(errors(form));

        assertThat(request.nominees()).extracting(NomineeRequest::id).containsExactly(42L);
    }

    @Test
    void aDossierComesBackIntoTheFormItWasTypedIn() {
        Nominee hoa = new Nominee(7L, 1, NomineeKind.INDIVIDUAL, "Nguyễn Thị Hoa", "004190001234",
                LocalDate.of(1985, 3, 12), "Giáo viên", true, null, false, null, null, null, null, DutyRating.HTT, 1, 0,
                11, false, "Thành tích", NomineeStatus.ACTIVE, null, List.of());
        Nominee team = new Nominee(8L, 2, NomineeKind.COLLECTIVE, "Tổ Khối 5", null, null, null, false, "k5", true,
                8, 6, 1, 0, null, null, null, null, false, null, NomineeStatus.ACTIVE, null, List.of());
        Dossier d = new Dossier(3L, "HS-2026-000003", "thhoachung", "LDTT", 2026, LocalDate.of(2025, 9, 1), null, true,
                "Phong trào", "Tóm tắt", DossierStatus.RETURNED, null, false, null, "Bổ sung", "Phòng Nội vụ", null,
                "thuky.hoachung", OffsetDateTime.now(), OffsetDateTime.now(), null, null, 4, List.of(hoa, team), List.of());

        DossierForm form = DossierForm.of(d);
        DossierRequest request = form.toRequest(errors(form));

        assertThat(form.getVersion()).isEqualTo("4");
        assertThat(form.getPeriodFrom()).isEqualTo("01/09/2025");
        assertThat(form.getNominees().get(0).getBirthDate()).isEqualTo("12/03/1985");
        assertThat(request.version()).isEqualTo(4);
        assertThat(request.periodFrom()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(request.periodTo()).isNull();
        assertThat(request.oneOff()).isTrue();
        assertThat(request.nominees().get(0)).isEqualTo(new NomineeRequest(7L, NomineeKind.INDIVIDUAL, "Nguyễn Thị Hoa",
                "004190001234", LocalDate.of(1985, 3, 12), "Giáo viên", true, null, false, null, null, null, null,
                DutyRating.HTT, 1, 0, 11, false, "Thành tích", List.of()));
        assertThat(request.nominees().get(1)).isEqualTo(new NomineeRequest(8L, NomineeKind.COLLECTIVE, "Tổ Khối 5",
                null, null, null, false, "k5", true, 8, 6, 1, 0, null, null, null, null, false, null, List.of()));
    }

    @Test
    void aPersonsInitiativesComeBackAsRowsAndReplaceTheDeclaredCount() {
        Initiative provincial = new Initiative(InitiativeKind.GIAI_PHAP, "Dạy tiếng Việt qua trò chơi dân gian",
                "Hội đồng sáng kiến tỉnh Cao Bằng", LocalDate.of(2025, 10, 15), "1520/QĐ-UBND", InitiativeScope.PROVINCE);
        Nominee thanh = new Nominee(7L, 1, NomineeKind.INDIVIDUAL, "Nông Văn Thành", "004085001234",
                LocalDate.of(1985, 5, 15), "Giáo viên", true, null, false, null, null, null, null, DutyRating.HTXS, 0, 1,
                12, false, "Thành tích", NomineeStatus.ACTIVE, null, List.of(provincial));
        Dossier d = new Dossier(3L, "HS-2025-000003", "thhoachung", "CSTD_T", 2025, null, null, false, null, null,
                DossierStatus.DRAFT, null, false, null, null, null, null, "thuky.hoachung", OffsetDateTime.now(),
                OffsetDateTime.now(), null, null, 0, List.of(thanh), List.of());

        DossierForm form = DossierForm.of(d);
        NomineeForm row = form.getNominees().get(0);
        assertThat(row.getInitiativeCount()).as("counted from the list, not shown").isNull();
        assertThat(row.getInitiatives()).singleElement().satisfies(i -> {
            assertThat(i.getKind()).isEqualTo("GIAI_PHAP");
            assertThat(i.getRecognisedOn()).isEqualTo("15/10/2025");
            assertThat(i.getScope()).isEqualTo("PROVINCE");
        });
        BindingResult errors = errors(form);
        DossierRequest request = form.toRequest(errors);

        assertThat(errors.hasErrors()).isFalse();
        assertThat(request.nominees().get(0).initiativeCount()).isNull();
        assertThat(request.nominees().get(0).initiatives()).containsExactly(new InitiativeRequest(InitiativeKind.GIAI_PHAP,
                "Dạy tiếng Việt qua trò chơi dân gian", "Hội đồng sáng kiến tỉnh Cao Bằng", LocalDate.of(2025, 10, 15),
                "1520/QĐ-UBND", InitiativeScope.PROVINCE));
    }

    @Test
    void blankInitiativeRowsAreLeftOutAndTheirFieldPathsPointAtTheRowsTheyCameFrom() {
        DossierForm form = DossierForm.blank(2026);
        form.addNominee(NomineeKind.INDIVIDUAL);
        form.getNominees().get(1).setFullName("Hoàng Văn Nam");
        assertThat(form.addInitiative(1)).isTrue();
        assertThat(form.addInitiative(1)).isTrue();
        assertThat(form.addInitiative(1)).isTrue();
        InitiativeForm typed = form.getNominees().get(1).getInitiatives().get(2);
        typed.setTitle("Sổ tay điện tử cho giáo viên chủ nhiệm");
        typed.setRecognisedOn("31/02/2025");
        typed.setScope("TINH");

        BindingResult errors = errors(form);
        DossierRequest request = form.toRequest(errors);

        assertThat(request.nominees()).singleElement().satisfies(n -> assertThat(n.initiatives()).hasSize(1));
        assertThat(form.formField("nominees[0].initiatives[0].title")).isEqualTo("nominees[1].initiatives[2].title");
        assertThat(message(errors, "nominees[1].initiatives[2].recognisedOn"))
                .isEqualTo("Ngày công nhận không phải ngày hợp lệ (ngày/tháng/năm)");
        assertThat(message(errors, "nominees[1].initiatives[2].scope")).isEqualTo("Phạm vi ảnh hưởng không hợp lệ");
        assertThat(errors.getFieldValue("nominees[1].initiatives[2].recognisedOn")).isEqualTo("31/02/2025");

        form.removeInitiative(1, 0);
        assertThat(form.getNominees().get(1).getInitiatives()).hasSize(2);
        form.addNominee(NomineeKind.COLLECTIVE);
        assertThat(form.addInitiative(2)).as("a collective has no initiatives").isFalse();
        assertThat(form.addInitiative(9)).isFalse();
    }

    @Test
    void aPersonsInitiativeRowsStopAtTheLimit() {
        NomineeForm person = NomineeForm.empty(NomineeKind.INDIVIDUAL);
        for (int i = 0; i < NomineeRequest.MAX_INITIATIVES + 5; i++) {
            person.addInitiative();
        }
        assertThat(person.getInitiatives()).hasSize(NomineeRequest.MAX_INITIATIVES);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> person.getInitiatives().add(new InitiativeForm()))
                .as("the binder's growth is refused like an index beyond its limit")
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static BindingResult errors(DossierForm form) {
        return new BeanPropertyBindingResult(form, "form");
    }

    private static String message(BindingResult errors, String field) {
        FieldError error = errors.getFieldError(field);
        return error == null ? null : error.getDefaultMessage();
    }
}
