package vn.khenthuong.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.DecisionFacts;
import vn.khenthuong.registry.EntryFacts;
import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.RegistryEntry;
import vn.khenthuong.registry.RegistrySource;
import vn.khenthuong.registry.SubjectKind;

/**
 * Registry entries written through the registry's own service, in batches of one award, with what the
 * statistics should count per area kept on the side.
 */
final class KnownYears {

    /** One batch: {@code count} awards, the first {@code flagged} of them small collectives or direct workers. */
    record Batch(String award, SubjectKind kind, int count, int flagged, LocalDate decided, int awardYear, String decidedBy,
            MeritKind merit, Long bonus, String fund, boolean forwarded, String movement) {

        static Batch of(String award, SubjectKind kind, int count, int flagged, LocalDate decided, String decidedBy) {
            return new Batch(award, kind, count, flagged, decided, decided.getYear(), decidedBy, MeritKind.MERIT, null, null,
                    false, null);
        }

        Batch merit(MeritKind value) {
            return new Batch(award, kind, count, flagged, decided, awardYear, decidedBy, value, bonus, fund, forwarded, movement);
        }

        Batch bonus(long amount, String paidBy) {
            return new Batch(award, kind, count, flagged, decided, awardYear, decidedBy, merit, amount, paidBy, forwarded, movement);
        }

        Batch toState() {
            return new Batch(award, kind, count, flagged, decided, awardYear, null, merit, bonus, fund, true, movement);
        }

        Batch movement(String name) {
            return new Batch(award, kind, count, flagged, decided, awardYear, decidedBy, merit, bonus, fund, forwarded, name);
        }

        Batch decidedOn(LocalDate date) {
            return new Batch(award, kind, count, flagged, date, awardYear, decidedBy, merit, bonus, fund, forwarded, movement);
        }

        /** Imported without a decision date, counting in its award year. */
        Batch undated(int year) {
            return new Batch(award, kind, count, flagged, null, year, decidedBy, merit, bonus, fund, forwarded, movement);
        }
    }

    /** Far above the nominees other tests create in the shared database. */
    private static final long NOMINEE_IDS = 70_000_000_000L;

    private final AwardRegistry registry;
    private final Map<String, String> areaOfUnit;
    private final Map<String, Integer> awardsByArea = new HashMap<>();
    private int sequence;

    /** {@code areaOfUnit}: the district (or agency) each unit counts under in a province's ranking. */
    KnownYears(AwardRegistry registry, Map<String, String> areaOfUnit) {
        this.registry = registry;
        this.areaOfUnit = areaOfUnit;
    }

    /** Records the batch, spread over {@code units} in turn. */
    void add(Batch batch, String... units) {
        for (int i = 0; i < batch.count(); i++) {
            String unit = units[i % units.length];
            boolean flagged = i < batch.flagged();
            boolean individual = batch.kind() == SubjectKind.INDIVIDUAL;
            String key = String.format("%012d", 900_000_000_000L + ++sequence);
            boolean decided = batch.decided() != null && !batch.forwarded();
            // as the process writes them: approved (a nominee id standing for the dossier's), then the decision
            Long nomineeId = decided ? NOMINEE_IDS + sequence : null;
            registry.record(new RegistryEntry(null, batch.kind(), individual ? key : null, individual ? null : "tt-" + key,
                            (individual ? "Cá nhân " : "Tập thể ") + sequence, unit, batch.award(), batch.awardYear(), null,
                            null, batch.merit(), null, batch.decided(), batch.decidedBy(),
                            batch.decided() == null ? RegistrySource.IMPORT : RegistrySource.APPROVAL, null, nomineeId,
                            "kiem-thu", null),
                    new EntryFacts(!individual && flagged, individual && flagged, batch.forwarded(), batch.movement()));
            if (decided) {
                registry.attachDecision(nomineeId, new DecisionFacts(sequence + "/QĐ-UBND", batch.decided(), batch.decidedBy(),
                        batch.bonus(), batch.fund()));
            }
            if (!batch.forwarded() && batch.decided() != null && batch.decided().getYear() == 2017
                    || batch.decided() == null && batch.awardYear() == 2017) {
                awardsByArea.merge(areaOfUnit.get(unit), 1, Integer::sum);
            }
        }
    }

    /** Awards (not forwarded) of 2017 under an area. */
    int awards2017(String area) {
        return awardsByArea.getOrDefault(area, 0);
    }
}
