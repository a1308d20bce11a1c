package vn.khenthuong.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.kernel.VietnamTime;
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
    private final int importMaxRows;
    private final Duration importTimeLimit;
    private volatile boolean stopping;

    AwardRegistry(RegistryRepository repository, AwardCatalogue awards, OrganisationService organisations,
            @Value("${khenthuong.registry.import-max-rows}") int importMaxRows,
            @Value("${khenthuong.registry.import-time-limit}") Duration importTimeLimit) {
        this.repository = repository;
        this.awards = awards;
        this.organisations = organisations;
        this.importMaxRows = importMaxRows;
        this.importTimeLimit = importTimeLimit;
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
        String person = CleanText.line(cccd);
        String unit = CleanText.line(unitCode);
        String folded = CleanText.fold(CleanText.line(name));
        return person == null && unit == null && folded == null ? List.of()
                : repository.search(person, unit, folded, onlyUnits);
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
        RegistryEntry clean = new RegistryEntry(null, e.subjectKind(), CleanText.nfc(e.cccd()),
                CleanText.nfc(e.collectiveCode()), CleanText.nfc(e.fullName()).trim(), CleanText.nfc(e.unitCode()),
                e.awardCode(), e.awardYear(), e.periodFrom(), e.periodTo(),
                e.meritKind() == null ? MeritKind.MERIT : e.meritKind(), CleanText.nfc(e.decisionNumber()),
                e.decisionDate(), CleanText.nfc(e.decidedBy()), e.source(), e.dossierId(), e.nomineeId(), e.createdBy(),
                e.createdAt() == null ? VietnamTime.now() : e.createdAt());
        return repository.insert(clean, CleanText.fold(clean.fullName()), new EntryFacts(facts.smallCollective(),
                facts.directWorker(), facts.forwardedToState(), CleanText.nfc(facts.movement())));
    }

    /**
     * The signed decision completes the entries written at approval: number, date, who decided, the bonus and
     * its fund; source DECISION.
     */
    public int attachDecision(long nomineeId, DecisionFacts decision) {
        return repository.attachDecision(nomineeId, new DecisionFacts(CleanText.nfc(decision.number()), decision.date(),
                CleanText.nfc(decision.decidedBy()), decision.bonusVnd(), CleanText.nfc(decision.fundingSource())));
    }

    /** How many entries a unit has for an award and year (e.g. its LĐTT holders of a year). */
    public int count(String unitCode, String awardCode, int year) {
        return repository.count(unitCode, awardCode, year);
    }

    /**
     * Imports earlier awards from CSV (see {@link RegistryCsv} for the format), streaming: good lines are
     * stored with source IMPORT in batches, the others refused with the reason; a line repeating an entry
     * of the registry or an earlier line of the file (same subject, award and year) is refused. All or
     * nothing: a file refused as a whole, one with more than {@code khenthuong.registry.import-max-rows}
     * data lines, one still not read after {@code khenthuong.registry.import-time-limit}, and an import
     * running when the application stops store nothing.
     *
     * @throws IllegalArgumentException when the file is not a table of the registry (encoding, header, columns)
     */
    @Transactional
    public ImportReport importCsv(InputStream csv, String userId) {
        Function<String, Optional<Award>> award = memo(awards::find);
        Function<String, Optional<Boolean>> unit = memo(code -> Optional.of(organisations.find(code).isPresent()));
        RegistryCsv reader = new RegistryCsv(award, code -> unit.apply(code).orElseThrow(), VietnamTime.today());
        Instant deadline = Instant.now().plus(importTimeLimit);
        RegistryImport run = new RegistryImport(repository, award, importMaxRows, () -> {
            if (stopping) {
                throw new Refusal(Refusal.Kind.UNAVAILABLE, "Hệ thống đang dừng để khởi động lại: việc nhập sổ "
                        + "đã hủy, chưa dòng nào được nhập. Hãy nhập lại tệp sau ít phút", null);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new Refusal(Refusal.Kind.TOO_LARGE, "Tệp quá lớn để nhập trong "
                        + importTimeLimit.toSeconds() + " giây: hãy chia thành nhiều tệp nhỏ hơn. Chưa dòng nào được nhập",
                        "file");
            }
        });
        try {
            reader.read(csv, userId, run::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run.finish();
    }

    /**
     * An import still running when the application stops gives up at its next batch, so that shutdown
     * need not wait for it. Public: called on the transactional proxy, it must reach this instance.
     */
    @EventListener(ContextClosedEvent.class)
    public void stopImports() {
        stopping = true;
    }

    /** Each catalogue or organisation code looked up once per import, not once per line. */
    private static <T> Function<String, Optional<T>> memo(Function<String, Optional<T>> lookup) {
        Map<String, Optional<T>> known = new HashMap<>();
        return code -> known.computeIfAbsent(code, lookup);
    }
}
