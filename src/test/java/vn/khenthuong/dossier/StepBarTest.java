package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.StepBar.State;

/** The step bar of the dossier page from the dossier's status and the process's passed and open steps. */
class StepBarTest {

    @Test
    void aDraftIsWithItsUnitAndTheWayToTheDistrictsDecisionIsAhead() {
        StepBar bar = StepBar.of(dossier(DossierStatus.DRAFT, null), progress(List.of(), List.of()));

        assertThat(bar.stops()).extracting(StepBar.Stop::label).containsExactly("Đơn vị", "Phòng Nội vụ",
                "Hội đồng TĐKT huyện", "Chủ tịch UBND huyện", "Quyết định");
        assertThat(bar.stops()).extracting(StepBar.Stop::state).containsExactly(State.CURRENT, State.TODO, State.TODO,
                State.TODO, State.TODO);
    }

    @Test
    void atTheDistrictCouncil() {
        StepBar bar = StepBar.of(dossier(DossierStatus.SUBMITTED, "DISTRICT"),
                progress(List.of("submitted", "determineRoute", "districtCheck"), List.of("districtCouncil")));

        assertThat(bar.stops()).extracting(StepBar.Stop::state).containsExactly(State.DONE, State.DONE, State.CURRENT,
                State.TODO, State.TODO);
    }

    @Test
    void returnedByTheCouncilTheUnitHasItAgain() {
        StepBar bar = StepBar.of(dossier(DossierStatus.RETURNED, "DISTRICT"),
                progress(List.of("districtCheck"), List.of("supplementDistrictCouncil")));

        assertThat(bar.stops()).extracting(StepBar.Stop::state).containsExactly(State.CURRENT, State.DONE,
                State.RETURNED, State.TODO, State.TODO);
        assertThat(bar.stops().get(2).stateText()).isEqualTo("đã trả lại đơn vị");
    }

    @Test
    void aProvincialAwardShowsTheProvincesStepsAndAProvincialAgencySkipsTheDistrict() {
        StepBar throughDistrict = StepBar.of(dossier(DossierStatus.SUBMITTED, "PROVINCE"),
                progress(List.of("districtCheck", "districtCouncil", "districtChairman"), List.of("provinceAppraisal")));
        assertThat(throughDistrict.stops()).hasSize(8);
        assertThat(throughDistrict.stops().get(4)).isEqualTo(new StepBar.Stop("Ban TĐKT tỉnh", State.CURRENT));

        StepBar agency = StepBar.of(dossier(DossierStatus.SUBMITTED, "PROVINCE"), progress(List.of(),
                List.of("provinceAppraisal")));
        assertThat(agency.stops()).extracting(StepBar.Stop::label).containsExactly("Đơn vị", "Ban TĐKT tỉnh",
                "Hội đồng TĐKT tỉnh", "Chủ tịch UBND tỉnh", "Quyết định");
    }

    @Test
    void theEndSaysHowItEnded() {
        assertThat(last(DossierStatus.APPROVED)).isEqualTo(new StepBar.Stop("Quyết định", State.CURRENT));
        assertThat(last(DossierStatus.DECIDED)).isEqualTo(new StepBar.Stop("Quyết định", State.DONE));
        assertThat(last(DossierStatus.WITHDRAWN)).isEqualTo(new StepBar.Stop("Đã rút", State.ENDED));
        assertThat(last(DossierStatus.REJECTED)).isEqualTo(new StepBar.Stop("Bị từ chối", State.ENDED));
    }

    @Test
    void everyStepItNamesIsAStepOfTheNominationProcess() throws IOException {
        String bpmn = Files.readString(Path.of("bpmn", "nomination.bpmn"));
        Stream.concat(StepBar.DISTRICT.stream(), StepBar.PROVINCE.stream()).map(s -> s[0]).forEach(id -> {
            assertThat(bpmn).as(id).contains("id=\"" + id + "\"");
            String supplement = StepBar.SUPPLEMENT_PREFIX + Character.toUpperCase(id.charAt(0)) + id.substring(1);
            assertThat(bpmn).as(supplement).contains("id=\"" + supplement + "\"");
        });
    }

    private static StepBar.Stop last(DossierStatus status) {
        List<StepBar.Stop> stops = StepBar.of(dossier(status, "DISTRICT"), progress(List.of("districtCheck"), List.of()))
                .stops();
        return stops.get(stops.size() - 1);
    }

    private static ReviewProcess.Progress progress(List<String> passed, List<String> current) {
        return new ReviewProcess.Progress(passed, current);
    }

    private static Dossier dossier(DossierStatus status, String decidingLevel) {
        OffsetDateTime now = OffsetDateTime.now();
        return new Dossier(7L, "HS-2026-000007", "thhoachung", "LDTT", 2026, null, null, false, null, null, status,
                decidingLevel, false, null, null, null, null, "thuky.hoachung", now, now, now, null, 0, List.of(), List.of());
    }
}
