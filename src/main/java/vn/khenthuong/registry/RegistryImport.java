package vn.khenthuong.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.khenthuong.award.Award;
import vn.khenthuong.kernel.Refusal;

/**
 * One import run: the rows of {@link RegistryCsv} as they are read, checked against earlier lines of
 * the file and the registry, and stored a batch at a time, so that neither the file nor its entries are
 * ever held whole. The caller's transaction makes it all or nothing.
 */
class RegistryImport {

    static final int BATCH = 1000;

    private final RegistryRepository repository;
    private final Function<String, Optional<Award>> awards;
    private final int maxRows;
    private final Runnable checkpoint;
    private final List<RegistryCsv.ParsedRow> batch = new ArrayList<>(BATCH);
    /** Subject, award and year of every line accepted so far, with its line: the only per-line state kept. */
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<ImportReport.Row> listed = new ArrayList<>();
    private int rows;
    private int accepted;

    /** {@code checkpoint} runs before each batch and throws to abandon the import (time limit, shutdown). */
    RegistryImport(RegistryRepository repository, Function<String, Optional<Award>> awards, int maxRows,
            Runnable checkpoint) {
        this.repository = repository;
        this.awards = awards;
        this.maxRows = maxRows;
        this.checkpoint = checkpoint;
    }

    void add(RegistryCsv.ParsedRow row) {
        if (++rows > maxRows) {
            String most = String.format(Locale.forLanguageTag("vi"), "%,d", maxRows);
            throw new Refusal(Refusal.Kind.TOO_LARGE, "Tệp có hơn " + most + " dòng dữ liệu: hãy chia thành "
                    + "nhiều tệp, mỗi tệp tối đa " + most + " dòng. Chưa dòng nào được nhập", "file");
        }
        batch.add(row);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    ImportReport finish() {
        flush();
        return new ImportReport(accepted, rows - accepted, List.copyOf(listed));
    }

    /**
     * The State's decision on a proposal the province forwarded: completes the forwarded entry instead of adding a
     * second one. Answers why not when the line has no decision number to complete it with.
     */
    private String completeForwarded(ImportedEntry row) {
        if (row.entry().decisionNumber() == null) {
            return "Đã trình cấp Nhà nước và đang chờ quyết định: dòng này thiếu số quyết định để ghi bổ sung";
        }
        repository.completeForwarded(row);
        return null;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        checkpoint.run();
        Map<String, Boolean> registered = repository.existingKeys(batch.stream()
                .map(RegistryCsv.ParsedRow::entry).filter(e -> e != null).toList());
        List<ImportedEntry> good = new ArrayList<>();
        for (RegistryCsv.ParsedRow row : batch) {
            String refusal = row.error();
            RegistryEntry entry = row.entry();
            if (refusal == null) {
                String key = RegistryRepository.key(entry);
                Integer earlier = seen.putIfAbsent(key, row.line());
                if (earlier != null) {
                    refusal = "Trùng với dòng " + earlier + " của tệp (cùng đối tượng, danh hiệu và năm)";
                } else if (registered.containsKey(key)) {
                    refusal = registered.get(key) ? completeForwarded(row.imported()) : "Đã có trong sổ theo dõi khen "
                            + "thưởng: " + awards.apply(entry.awardCode()).orElseThrow().name() + " năm " + entry.awardYear();
                    if (refusal == null) {
                        accepted++;
                        continue;
                    }
                }
            }
            if (refusal == null) {
                good.add(row.imported());
            } else if (listed.size() < ImportReport.LISTED) {
                listed.add(new ImportReport.Row(row.line(), row.name(), refusal));
            }
        }
        repository.insertAll(good);
        accepted += good.size();
        batch.clear();
    }
}
