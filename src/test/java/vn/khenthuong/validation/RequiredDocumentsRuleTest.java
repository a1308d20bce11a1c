package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.validation.Fixtures.dossier;
import static vn.khenthuong.validation.Fixtures.person;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.DocumentKind;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Severity;

class RequiredDocumentsRuleTest {

    private final RequiredDocumentsRule rule = new RequiredDocumentsRule((award, oneOff) -> oneOff
            ? EnumSet.of(DocumentKind.TO_TRINH, DocumentKind.BAO_CAO_THANH_TICH)
            : EnumSet.of(DocumentKind.TO_TRINH, DocumentKind.DANH_SACH, DocumentKind.BAO_CAO_THANH_TICH,
                    DocumentKind.BIEN_BAN_HOP));

    @Test
    void reportsEachMissingDocumentForTheDossier() {
        Dossier d = dossier("LDTT", 2025).with(person("Nguyễn Văn An", "001085000001"))
                .documents(DocumentKind.TO_TRINH, DocumentKind.DANH_SACH, DocumentKind.KHAC).build();

        assertThat(rule.check(d, LocalDate.now()))
                .extracting(Finding::message)
                .containsExactly("Hồ sơ thiếu tài liệu: Báo cáo thành tích", "Hồ sơ thiếu tài liệu: Biên bản họp Hội đồng");
        assertThat(rule.check(d, LocalDate.now())).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.nomineeId()).isNull();
            assertThat(f.ruleCode()).isEqualTo(RequiredDocumentsRule.CODE);
        });
    }

    @Test
    void oneOffDossierWithLetterAndReportIsComplete() {
        Dossier d = dossier("BK_T", 2025).oneOff(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 3))
                .with(person("Nguyễn Văn An", "001085000001"))
                .documents(DocumentKind.TO_TRINH, DocumentKind.BAO_CAO_THANH_TICH).build();

        assertThat(rule.check(d, LocalDate.now())).isEmpty();
    }
}
