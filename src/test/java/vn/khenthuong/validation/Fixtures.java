package vn.khenthuong.validation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.AwardKind;
import vn.khenthuong.award.AwardTarget;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.dossier.DocumentInfo;
import vn.khenthuong.dossier.DocumentKind;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierStatus;
import vn.khenthuong.dossier.DutyRating;
import vn.khenthuong.dossier.Initiative;
import vn.khenthuong.dossier.InitiativeKind;
import vn.khenthuong.dossier.InitiativeScope;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.dossier.NomineeStatus;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.RegistryEntry;
import vn.khenthuong.registry.RegistrySource;
import vn.khenthuong.registry.SubjectKind;
import vn.khenthuong.settings.Settings;

/** Test data and in-memory stand-ins for the services the rules read. */
final class Fixtures {

    static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 30);
    static final LocalDate AFTER_REFORM = LocalDate.of(2025, 7, 1);

    private static final List<Award> AWARDS = List.of(
            new Award("LDTT", "Lao động tiên tiến", AwardKind.TITLE, AwardTarget.INDIVIDUAL),
            new Award("CSTD_CS", "Chiến sĩ thi đua cơ sở", AwardKind.TITLE, AwardTarget.INDIVIDUAL),
            new Award("TT_LDTT", "Tập thể lao động tiên tiến", AwardKind.TITLE, AwardTarget.COLLECTIVE),
            new Award("GK", "Giấy khen", AwardKind.COMMENDATION, AwardTarget.BOTH),
            new Award("CSTD_T", "Chiến sĩ thi đua cấp tỉnh", AwardKind.TITLE, AwardTarget.INDIVIDUAL),
            new Award("TT_LDXS", "Tập thể lao động xuất sắc", AwardKind.TITLE, AwardTarget.COLLECTIVE),
            new Award("BK_T", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", AwardKind.COMMENDATION, AwardTarget.BOTH));

    private Fixtures() {
    }

    static AwardCatalogue catalogue() {
        AwardCatalogue catalogue = mock(AwardCatalogue.class);
        when(catalogue.find(any())).thenAnswer(i -> AWARDS.stream().filter(a -> a.code().equals(i.getArgument(0))).findFirst());
        when(catalogue.get(anyString())).thenAnswer(i -> catalogue.find(i.getArgument(0)).orElseThrow());
        when(catalogue.all()).thenReturn(AWARDS);
        return catalogue;
    }

    /** Settings as in V2, plus the rows given: key → (effective from → value). */
    static Settings settings(Map<String, Map<LocalDate, String>> extra) {
        Map<String, NavigableMap<LocalDate, String>> rows = new java.util.HashMap<>();
        put(rows, "ldtt.min-months-of-service", LocalDate.of(2024, 1, 1), "10");
        put(rows, "cstdcs.max-share-of-ldtt", LocalDate.of(2024, 1, 1), "15");
        put(rows, "ttldtt.min-share-ldtt", LocalDate.of(2024, 1, 1), "50");
        put(rows, "ttldxs.min-share-ldtt", LocalDate.of(2024, 1, 1), "70");
        extra.forEach((key, values) -> values.forEach((from, value) -> put(rows, key, from, value)));
        Settings settings = mock(Settings.class);
        when(settings.find(anyString(), any())).thenAnswer(i -> {
            NavigableMap<LocalDate, String> values = rows.get(i.<String>getArgument(0));
            return values == null ? Optional.empty()
                    : Optional.ofNullable(values.floorEntry(i.getArgument(1))).map(Map.Entry::getValue);
        });
        when(settings.text(anyString(), any())).thenAnswer(i ->
                settings.find(i.getArgument(0), i.getArgument(1)).orElseThrow(() -> new IllegalStateException("no " + i.getArgument(0))));
        when(settings.integer(anyString(), any())).thenAnswer(i -> Integer.parseInt(settings.text(i.getArgument(0), i.getArgument(1))));
        when(settings.decimal(anyString(), any())).thenAnswer(i -> new BigDecimal(settings.text(i.getArgument(0), i.getArgument(1))));
        return settings;
    }

    static Settings settings() {
        return settings(Map.of());
    }

    private static void put(Map<String, NavigableMap<LocalDate, String>> rows, String key, LocalDate from, String value) {
        rows.computeIfAbsent(key, k -> new TreeMap<>()).put(from, value);
    }

    static AwardRegistry registry(RegistryEntry... entries) {
        List<RegistryEntry> all = List.of(entries);
        AwardRegistry registry = mock(AwardRegistry.class);
        when(registry.ofIndividual(any())).thenAnswer(i -> all.stream()
                .filter(e -> e.subjectKind() == SubjectKind.INDIVIDUAL && e.cccd().equals(i.getArgument(0))).toList());
        when(registry.ofCollective(any())).thenAnswer(i -> all.stream()
                .filter(e -> e.subjectKind() == SubjectKind.COLLECTIVE && e.collectiveCode().equals(i.getArgument(0))).toList());
        when(registry.count(anyString(), anyString(), anyInt())).thenAnswer(i -> (int) all.stream()
                .filter(e -> i.getArgument(0).equals(e.unitCode()) && e.awardCode().equals(i.getArgument(1))
                        && e.awardYear() == i.<Integer>getArgument(2))
                .count());
        return registry;
    }

    static RegistryEntry awarded(String cccd, String awardCode, int year, MeritKind kind) {
        return new RegistryEntry(null, SubjectKind.INDIVIDUAL, cccd, null, "Người trong sổ", "thhoachung", awardCode, year,
                null, null, kind, "12/QĐ-UBND", LocalDate.of(year, 12, 20), "UBND thành phố Cao Bằng",
                RegistrySource.IMPORT, null, null, "test", OffsetDateTime.now());
    }

    static RegistryEntry unitAward(String unitCode, String awardCode, int year, int i) {
        return new RegistryEntry(null, SubjectKind.INDIVIDUAL, String.format("%012d", i), null, "Người " + i, unitCode,
                awardCode, year, null, null, MeritKind.MERIT, null, null, null, RegistrySource.IMPORT, null, null, "test",
                OffsetDateTime.now());
    }

    /** Stand-in for the other dossiers in the database. */
    static final class OtherDossiersStub implements OtherDossiers {
        final List<Proposal> proposals = new ArrayList<>();
        int nominees;

        @Override
        public List<Proposal> proposing(NomineeKind kind, String subjectKey, String awardCode, int year, Long exceptDossierId) {
            return proposals;
        }

        @Override
        public int nominees(String unitCode, String awardCode, int year, Long exceptDossierId) {
            return nominees;
        }
    }

    static NomineeBuilder person(String name, String cccd) {
        return new NomineeBuilder(NomineeKind.INDIVIDUAL, name).cccd(cccd);
    }

    static NomineeBuilder collective(String name, String code) {
        return new NomineeBuilder(NomineeKind.COLLECTIVE, name).collectiveCode(code);
    }

    static DossierBuilder dossier(String awardCode, int year) {
        return new DossierBuilder(awardCode, year);
    }

    static final class NomineeBuilder {
        private static long nextId = 1;
        private final NomineeKind kind;
        private final String name;
        private long id = nextId++;
        private String cccd;
        private LocalDate birthDate = LocalDate.of(1985, 5, 12);
        private String collectiveCode;
        private Integer memberCount;
        private Integer ldttCount;
        private Integer cstdcsCount;
        private Integer disciplinedCount;
        private DutyRating rating = DutyRating.HTT;
        private Integer excellentYears;
        private Integer initiativeCount;
        private Integer monthsOfService = 12;
        private boolean underDiscipline;
        private String jobTitle = "Giáo viên";
        private NomineeStatus status = NomineeStatus.ACTIVE;
        private final List<Initiative> initiatives = new ArrayList<>();

        NomineeBuilder(NomineeKind kind, String name) {
            this.kind = kind;
            this.name = name;
            if (kind == NomineeKind.COLLECTIVE) {
                birthDate = null;
                rating = null;
                monthsOfService = null;
                jobTitle = null;
            }
        }

        NomineeBuilder id(long value) { id = value; return this; }
        NomineeBuilder cccd(String value) { cccd = value; return this; }
        NomineeBuilder born(LocalDate value) { birthDate = value; return this; }
        NomineeBuilder collectiveCode(String value) { collectiveCode = value; return this; }
        NomineeBuilder members(Integer members, Integer ldtt, Integer cstdcs, Integer disciplined) {
            memberCount = members; ldttCount = ldtt; cstdcsCount = cstdcs; disciplinedCount = disciplined; return this;
        }
        NomineeBuilder rating(DutyRating value) { rating = value; return this; }
        NomineeBuilder excellentYears(Integer value) { excellentYears = value; return this; }
        NomineeBuilder initiatives(Integer value) { initiativeCount = value; return this; }
        NomineeBuilder initiative(Initiative value) { initiatives.add(value); return this; }
        /** A sáng kiến recognised by the council of the scope. */
        NomineeBuilder initiative(String title, InitiativeScope scope, LocalDate recognisedOn) {
            String council = switch (scope) {
                case UNIT -> "Hội đồng sáng kiến Trường Tiểu học Hòa Chung";
                case DISTRICT -> "Hội đồng sáng kiến Thành phố Cao Bằng";
                case PROVINCE -> "Hội đồng sáng kiến tỉnh Cao Bằng";
                case NATIONAL -> "Bộ Giáo dục và Đào tạo";
            };
            return initiative(new Initiative(InitiativeKind.SANG_KIEN, title, council, recognisedOn, null, scope));
        }
        NomineeBuilder months(Integer value) { monthsOfService = value; return this; }
        NomineeBuilder underDiscipline() { underDiscipline = true; return this; }
        NomineeBuilder jobTitle(String value) { jobTitle = value; return this; }
        NomineeBuilder struck() { status = NomineeStatus.STRUCK; return this; }

        Nominee build(int position) {
            return new Nominee(id, position, kind, name, cccd, birthDate, jobTitle, false, collectiveCode, false,
                    memberCount, ldttCount, cstdcsCount, disciplinedCount, rating, excellentYears, initiativeCount,
                    monthsOfService, underDiscipline, "Thành tích", status, status == NomineeStatus.STRUCK ? "Loại" : null,
                    initiatives);
        }
    }

    static final class DossierBuilder {
        private final String awardCode;
        private final int year;
        private Long id = 100L;
        private String unitCode = "thhoachung";
        private boolean oneOff;
        private LocalDate from;
        private LocalDate to;
        private String movement = "Thi đua dạy tốt, học tốt";
        private final List<NomineeBuilder> nominees = new ArrayList<>();
        private final List<DocumentKind> documents = new ArrayList<>();

        DossierBuilder(String awardCode, int year) {
            this.awardCode = awardCode;
            this.year = year;
        }

        DossierBuilder id(Long value) { id = value; return this; }
        DossierBuilder unit(String value) { unitCode = value; return this; }
        DossierBuilder oneOff(LocalDate periodFrom, LocalDate periodTo) { oneOff = true; from = periodFrom; to = periodTo; return this; }
        DossierBuilder period(LocalDate periodFrom, LocalDate periodTo) { from = periodFrom; to = periodTo; return this; }
        DossierBuilder movement(String value) { movement = value; return this; }
        DossierBuilder with(NomineeBuilder... values) { nominees.addAll(List.of(values)); return this; }
        DossierBuilder documents(DocumentKind... kinds) { documents.addAll(List.of(kinds)); return this; }

        Dossier build() {
            List<Nominee> built = new ArrayList<>();
            for (int i = 0; i < nominees.size(); i++) {
                built.add(nominees.get(i).build(i + 1));
            }
            List<DocumentInfo> docs = documents.stream().map(k -> new DocumentInfo((long) k.ordinal(), k, k.name() + ".pdf",
                    "application/pdf", 1000, "0".repeat(64), "thuky", OffsetDateTime.now())).toList();
            OffsetDateTime now = OffsetDateTime.now();
            return new Dossier(id, "HS-" + id, unitCode, awardCode, year, from, to, oneOff, movement, null,
                    DossierStatus.DRAFT, null, false, null, null, null, null, "thuky", now, now, null, null, 0, built, docs);
        }
    }
}
