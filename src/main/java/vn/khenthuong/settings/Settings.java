package vn.khenthuong.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khenthuong.kernel.CleanText;

/**
 * Values the law leaves to the province or that change over time (table {@code setting}). The value
 * in force on a date is the row of the key with the latest {@code effective_from} not after that date,
 * so a rule change is a new row with the date it takes effect.
 */
@Service
public class Settings {

    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SettingRepository repository;

    Settings(SettingRepository repository) {
        this.repository = repository;
    }

    public Optional<String> find(String key, LocalDate on) {
        return repository.valueOn(key, on);
    }

    public String text(String key, LocalDate on) {
        return find(key, on).orElseThrow(() -> new IllegalStateException(
                "Chưa có thiết lập \"" + key + "\" có hiệu lực vào ngày " + on.format(VIETNAMESE_DATE)));
    }

    public int integer(String key, LocalDate on) {
        String value = text(key, on);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Thiết lập \"" + key + "\" phải là số nguyên, đang là \"" + value + "\"");
        }
    }

    public BigDecimal decimal(String key, LocalDate on) {
        String value = text(key, on);
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Thiết lập \"" + key + "\" phải là số, đang là \"" + value + "\"");
        }
    }

    List<SettingRow> all() {
        return repository.all();
    }

    /**
     * Adds the value a key takes from a date on. A key whose values so far are all numbers only takes
     * a number, so that a typing mistake cannot break the rules reading it.
     */
    @Transactional
    SettingRow add(String key, String value, LocalDate effectiveFrom, String note) {
        String cleanValue = CleanText.text(value);
        List<String> existing = repository.values(key);
        if (!existing.isEmpty() && existing.stream().allMatch(Settings::isNumber) && !isNumber(cleanValue)) {
            throw new IllegalArgumentException("Thiết lập \"" + key + "\" nhận giá trị là số");
        }
        if (repository.exists(key, effectiveFrom)) {
            throw new IllegalStateException("Thiết lập \"" + key + "\" đã có giá trị từ ngày "
                    + effectiveFrom.format(VIETNAMESE_DATE));
        }
        String cleanNote = CleanText.text(note);
        SettingRow row = new SettingRow(null, key, cleanValue, effectiveFrom, cleanNote);
        long id = repository.insert(row);
        return new SettingRow(id, key, cleanValue, effectiveFrom, cleanNote);
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
