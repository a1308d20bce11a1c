package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Award codes have one source, the {@code award} table the migrations fill: the decision tables, the settings
 * kept per award and the codes the rules name must all be codes of that table, and every award has a route.
 */
class AwardCodesTest {

    private static final Pattern QUOTED = Pattern.compile("\"([A-Z][A-Z_]*)\"");
    private static final Pattern INPUT_ENTRY = Pattern.compile("<inputEntry[^>]*><text>([^<]*)</text>");
    private static Set<String> awards;
    private static JdbcClient jdbc;

    @BeforeAll
    static void migrate() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).placeholders(Map.of("blob_type", "blob")).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        awards = Set.copyOf(jdbc.sql("select code from award").query(String.class).list());
    }

    @Test
    void theCatalogueHoldsTheAwardsOfTheLaw() {
        assertThat(awards).contains("LDTT", "CSTD_CS", "TT_LDTT", "GK", "CSTD_T", "BK_T", "HC_LD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bpmn/award-routing.dmn", "bpmn/required-documents.dmn"})
    void decisionTablesNameOnlyCatalogueCodes(String table) throws IOException {
        assertThat(codesIn(table)).isNotEmpty().isSubsetOf(awards);
    }

    @Test
    void everyAwardHasARoute() throws IOException {
        assertThat(codesIn("bpmn/award-routing.dmn")).containsAll(awards);
    }

    @Test
    void settingsKeptPerAwardNameCatalogueCodes() {
        List<String> perAward = jdbc.sql("""
                select distinct substring(setting_key, position('.' in setting_key) + 1) from setting
                where setting_key like 'council-threshold.%' or setting_key like 'bonus-multiplier.%'""")
                .query(String.class).list();
        assertThat(perAward).isNotEmpty();
        assertThat(perAward.stream().filter(code -> !code.equals("DEFAULT"))).isSubsetOf(awards);
    }

    @Test
    void theCodesRulesNameAreCatalogueCodes() {
        Set<String> named = Arrays.stream(AwardCodes.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(AwardCodesTest::value).collect(Collectors.toSet());
        assertThat(named).isNotEmpty().isSubsetOf(awards);
    }

    private static Set<String> codesIn(String table) throws IOException {
        Matcher entries = INPUT_ENTRY.matcher(Files.readString(Path.of(table)));
        Set<String> codes = new java.util.TreeSet<>();
        while (entries.find()) {
            QUOTED.matcher(entries.group(1)).results().map(m -> m.group(1)).forEach(codes::add);
        }
        return codes;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
