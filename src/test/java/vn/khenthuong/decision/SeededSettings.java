package vn.khenthuong.decision;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.khenthuong.settings.Settings;

/** {@link Settings} answering with the rows the Flyway migrations seed, so tests use the figures the application starts with. */
final class SeededSettings {

    private static final String[] MIGRATIONS = {"V2__award_catalogue_and_settings.sql", "V38__decision_number_register.sql",
        "V39__award_decisions.sql"};

    private SeededSettings() {
    }

    static Settings load() {
        Map<String, NavigableMap<LocalDate, String>> rows = new HashMap<>();
        for (String migration : MIGRATIONS) {
            try (InputStream in = SeededSettings.class.getResourceAsStream("/db/migration/" + migration)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher row = Pattern.compile("\\('([^']+)',\\s*'([^']*)',\\s*date '([0-9-]+)'").matcher(sql);
                while (row.find()) {
                    rows.computeIfAbsent(row.group(1), k -> new TreeMap<>()).put(LocalDate.parse(row.group(3)), row.group(2));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Settings settings = mock(Settings.class);
        when(settings.find(anyString(), any())).thenAnswer(call -> Optional.ofNullable(rows.get(call.<String>getArgument(0)))
                .map(values -> values.floorEntry(call.getArgument(1))).map(Map.Entry::getValue));
        when(settings.text(anyString(), any())).thenAnswer(call -> settings.find(call.getArgument(0), call.getArgument(1))
                .orElseThrow(() -> new IllegalStateException("no setting " + call.getArgument(0))));
        when(settings.decimal(anyString(), any())).thenAnswer(call -> new BigDecimal(
                settings.text(call.getArgument(0), call.getArgument(1))));
        return settings;
    }
}
