package vn.khenthuong.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.calendar.VietnamTime;
import vn.khenthuong.organisation.OrganisationService;

/**
 * The award registry (sổ theo dõi khen thưởng): what each person and collective was awarded, filled
 * by approvals and decisions and imported for earlier years. Consecutive-year and duplicate checks
 * read it.
 */
@Service
public class AwardRegistry {

    private final RegistryRepository repository;
    private final AwardCatalogue awards;
    private final OrganisationService organisations;

    AwardRegistry(RegistryRepository repository, AwardCatalogue awards, OrganisationService organisations) {
        this.repository = repository;
        this.awards = awards;
        this.organisations = organisations;
    }

    public List<RegistryEntry> ofIndividual(String cccd) {
        return cccd == null ? List.of() : repository.ofSubject(SubjectKind.INDIVIDUAL, cccd);
    }

    public List<RegistryEntry> ofCollective(String collectiveCode) {
        return collectiveCode == null ? List.of() : repository.ofSubject(SubjectKind.COLLECTIVE, collectiveCode);
    }

    /**
     * Entries matching every filter given (null or blank filters are ignored); {@code name} matches any
     * part of the name, ignoring case and Vietnamese marks. At most 500 entries, latest years first.
     */
    public List<RegistryEntry> search(String cccd, String unitCode, String name) {
        return search(cccd, unitCode, name, null);
    }

    List<RegistryEntry> search(String cccd, String unitCode, String name, Collection<String> onlyUnits) {
        String folded = blank(name) ? null : NameFolding.fold(name).replaceAll("[%_\\\\]", "");
        return repository.search(blank(cccd) ? null : cccd.trim(), blank(unitCode) ? null : unitCode.trim(),
                folded == null || folded.isEmpty() ? null : folded, onlyUnits);
    }

    /** Stores an entry (text in NFC, the time of recording when none is given) and returns its id. */
    public long record(RegistryEntry e) {
        return record(e, EntryFacts.UNKNOWN);
    }

    /** Stores an entry with what the statistics count about it and returns its id. */
    public long record(RegistryEntry e, EntryFacts facts) {
        if (e.subjectKind() == null || e.subjectKey() == null || e.subjectKey().isBlank()) {
            throw new IllegalArgumentException("Mục sổ khen thưởng cần số CCCD (cá nhân) hoặc mã tập thể");
        }
        if (e.fullName() == null || e.fullName().isBlank()) {
            throw new IllegalArgumentException("Mục sổ khen thưởng cần họ tên hoặc tên tập thể");
        }
        if (e.awardCode() == null || e.source() == null) {
            throw new IllegalArgumentException("Mục sổ khen thưởng cần danh hiệu và nguồn");
        }
        RegistryEntry clean = new RegistryEntry(null, e.subjectKind(), nfc(e.cccd()), nfc(e.collectiveCode()),
                nfc(e.fullName()).trim(), nfc(e.unitCode()), e.awardCode(), e.awardYear(), e.periodFrom(), e.periodTo(),
                e.meritKind() == null ? MeritKind.MERIT : e.meritKind(), nfc(e.decisionNumber()), e.decisionDate(),
                nfc(e.decidedBy()), e.source(), e.dossierId(), e.nomineeId(), e.createdBy(),
                e.createdAt() == null ? VietnamTime.now() : e.createdAt());
        return repository.insert(clean, NameFolding.fold(clean.fullName()),
                new EntryFacts(facts.smallCollective(), facts.directWorker(), facts.forwardedToState(), nfc(facts.movement())));
    }

    /**
     * The signed decision completes the entries written at approval: number, date, who decided, the bonus and
     * its fund; source DECISION.
     */
    public int attachDecision(long nomineeId, DecisionFacts decision) {
        return repository.attachDecision(nomineeId, new DecisionFacts(nfc(decision.number()), decision.date(),
                nfc(decision.decidedBy()), decision.bonusVnd(), nfc(decision.fundingSource())));
    }

    /** How many entries a unit has for an award and year (e.g. its LĐTT holders of a year). */
    public int count(String unitCode, String awardCode, int year) {
        return repository.count(unitCode, awardCode, year);
    }

    /**
     * Imports earlier awards from CSV (see {@link RegistryCsv} for the format). Good lines are stored
     * with source IMPORT, the others refused with the reason; a line repeating an entry of the registry
     * or an earlier line of the file (same subject, award and year) is refused.
     *
     * @throws IllegalArgumentException when the file cannot be read as a whole (encoding, header)
     */
    @Transactional
    public ImportReport importCsv(InputStream csv, String userId) {
        RegistryCsv reader = new RegistryCsv(awards::find, code -> organisations.find(code).isPresent(), VietnamTime.today());
        List<RegistryCsv.ParsedRow> parsed;
        try {
            parsed = reader.read(csv, userId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<ImportReport.Row> rows = new ArrayList<>();
        int accepted = 0;
        for (RegistryCsv.ParsedRow row : parsed) {
            String refusal = row.error();
            RegistryEntry entry = row.entry();
            if (refusal == null) {
                String key = entry.subjectKind() + "|" + entry.subjectKey() + "|" + entry.awardCode() + "|" + entry.awardYear();
                Integer earlier = seen.putIfAbsent(key, row.line());
                if (earlier != null) {
                    refusal = "Trùng với dòng " + earlier + " của tệp (cùng đối tượng, danh hiệu và năm)";
                } else if (repository.exists(entry.subjectKind(), entry.subjectKey(), entry.awardCode(), entry.awardYear())) {
                    refusal = "Đã có trong sổ theo dõi khen thưởng: " + awards.get(entry.awardCode()).name() + " năm "
                            + entry.awardYear();
                }
            }
            if (refusal == null) {
                record(entry);
                accepted++;
            }
            rows.add(new ImportReport.Row(row.line(), row.name(), refusal == null, refusal));
        }
        return new ImportReport(accepted, rows.size() - accepted, rows);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
