package vn.khenthuong.statistics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.khenthuong.KhenThuongApplication;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/**
 * The statistics of a province with ≈100,000 registry entries over ten years, on PostgreSQL, warm: the page's
 * figures (every table and chart of /thong-ke, p50 and p95, in-process and through GET /api/statistics), and
 * a year's Excel files (the statistics and the list of all its awards). Not a test: run it by hand, e.g.
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.khenthuong.statistics.StatisticsBenchmark}.
 * Uses an embedded PostgreSQL 15 unless {@code KT_DB_URL} (with {@code KT_DB_USER}, {@code KT_DB_PASSWORD}) names
 * an empty database.
 */
public final class StatisticsBenchmark {

    private static final int ENTRIES = 100_000;
    private static final int DISTRICTS = 12;
    private static final int UNITS_PER_DISTRICT = 15;
    private static final int AGENCIES = 20;
    private static final int WARM_UP = 10;
    private static final int MEASURED = 60;
    private static final String PROVINCE = "bmtinh";
    private static final String USER = "bantdkt.bmtinh";

    private StatisticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = System.getenv("KT_DB_URL") == null ? EmbeddedPostgres.builder().start() : null;
        String url = postgres == null ? System.getenv("KT_DB_URL") : postgres.getJdbcUrl("postgres", "postgres");
        String user = postgres == null ? System.getenv("KT_DB_USER") : "postgres";
        String password = postgres == null ? System.getenv().getOrDefault("KT_DB_PASSWORD", "") : "postgres";
        // command-line arguments: they win over application-postgres.yml
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KhenThuongApplication.class).profiles("postgres")
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--camunda.bpm.job-execution.enabled=false",
                        "--logging.level.root=WARN")) {
            long loading = System.nanoTime();
            province(app.getBean(OrganisationService.class), app.getBean(IdentityService.class));
            load(app.getBean(JdbcClient.class));
            System.out.printf("%,d registry entries over 2016-2025 loaded in %d s%n", ENTRIES,
                    (System.nanoTime() - loading) / 1_000_000_000);
            measure(app);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private static void measure(ConfigurableApplicationContext app) throws Exception {
        StatisticsService statistics = app.getBean(StatisticsService.class);
        OrganisationTree tree = new OrganisationTree(app.getBean(OrganisationService.class).all());
        Organisation province = tree.find(PROVINCE).orElseThrow();
        Selection year = new Selection(Period.year(2025), province, null);
        Selection tenYears = new Selection(Period.years(2016, 2025), province, null);
        Selection district = new Selection(Period.year(2025), tree.find("bmhuyen1").orElseThrow(), null);

        report("page figures, province, one year", () -> statistics.report(year, tree));
        report("page figures, province, ten years", () -> statistics.report(tenYears, tree));
        report("page figures, one district, one year", () -> statistics.report(district, tree));
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest api = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/statistics?fromYear=2025&org=" + PROVINCE))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build();
        report("GET /api/statistics, province, one year", () -> {
            try {
                HttpResponse<String> answer = http.send(api, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                }
                return answer;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        long[] excel = time(5, () -> StatisticsWorkbook.write(statistics.report(year, tree)));
        System.out.printf("Excel of the year's statistics (figures + file): median %d ms, max %d ms%n", excel[excel.length / 2],
                excel[excel.length - 1]);
        StatisticsService.AwardList all = statistics.list(year, Slice.of(Measure.AWARDS), 0, AwardListPage.EXPORT_LIMIT);
        long[] list = time(5, () -> AwardListExport.xlsx("Tổng số",
                statistics.list(year, Slice.of(Measure.AWARDS), 0, AwardListPage.EXPORT_LIMIT).rows()));
        System.out.printf("Excel of the list of the year's %,d awards (query + file): median %d ms, max %d ms%n",
                all.total(), list[list.length / 2], list[list.length - 1]);
    }

    private static void report(String what, Supplier<?> work) {
        long[] millis = time(MEASURED, work);
        System.out.printf("%s: p50 %d ms, p95 %d ms, max %d ms (%d runs after %d warm-up)%n", what, millis[MEASURED / 2],
                millis[(int) Math.ceil(MEASURED * 0.95) - 1], millis[MEASURED - 1], MEASURED, WARM_UP);
    }

    private static long[] time(int runs, Supplier<?> work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.get();
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void province(OrganisationService organisations, IdentityService identity) {
        organisations.register(new Organisation(PROVINCE, "Tỉnh Thử Tải", OrgKind.PROVINCE, null, "Thử Tải"));
        for (int d = 1; d <= DISTRICTS; d++) {
            organisations.register(new Organisation("bmhuyen" + d, "Huyện Số " + d, OrgKind.DISTRICT, PROVINCE, null));
            for (int u = 1; u <= UNITS_PER_DISTRICT; u++) {
                organisations.register(new Organisation("bmdv" + d + "-" + u, "Trường số " + u + " huyện " + d, OrgKind.UNIT,
                        "bmhuyen" + d, null));
            }
        }
        for (int a = 1; a <= AGENCIES; a++) {
            organisations.register(new Organisation("bmso" + a, "Sở số " + a, OrgKind.AGENCY, PROVINCE, null));
        }
        User user = identity.newUser(USER);
        user.setFirstName("Ban TĐKT");
        user.setLastName("Thử Tải");
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(USER, PROVINCE + "-thamdinh");
    }

    /**
     * Ten years of a province's awards in proportions like the reports': mostly LĐTT and other district awards,
     * a fifth provincial, a few forwarded to the State, the oldest years partly imported without dates.
     */
    private static void load(JdbcClient jdbc) {
        jdbc.sql("""
                insert into registry_entry (subject_kind, cccd, collective_code, full_name, unit_code, award_code, award_year,
                    merit_kind, decision_number, decision_date, decided_by, source, created_at, small_collective, direct_worker,
                    forwarded_to_state, bonus_vnd, funding_source, movement)
                select case when a.collective then 'COLLECTIVE' else 'INDIVIDUAL' end,
                    case when a.collective then null else lpad(g::text, 12, '0') end,
                    case when a.collective then 'tt' || g end,
                    'Người hoặc tập thể ' || g, u.code, a.code, 2016 + g % 10,
                    case when g % 37 = 0 then 'ONE_OFF' when g % 53 = 0 then 'THEMATIC' else 'MERIT' end,
                    case when g % 10 < 2 and g % 7 = 0 then null else g || '/QĐ-UBND' end,
                    case when g % 10 < 2 and g % 7 = 0 then null else make_date(2016 + g % 10, 1 + g % 12, 1 + g % 28) end,
                    'Chủ tịch UBND', 'DECISION', now(), a.collective and g % 5 < 4, not a.collective and g % 2 = 0,
                    a.code in ('BK_TTG', 'HC_LD'), case when g % 3 = 0 then 540000 end,
                    case when g % 3 = 0 then 'Quỹ thi đua, khen thưởng tỉnh' end,
                    case when g % 11 = 0 then 'Chung sức xây dựng nông thôn mới' end
                from generate_series(1, :entries) g
                join (select code, row_number() over (order by code) - 1 as rn, count(*) over () as n
                      from organisation where level = 'UNIT' and code like 'bm%') u on u.rn = g % u.n
                join (select * from (values (0, 'LDTT', false), (1, 'LDTT', false), (2, 'LDTT', false), (3, 'LDTT', false),
                      (4, 'CSTD_CS', false), (5, 'TT_LDTT', true), (6, 'GK', false), (7, 'GK', true), (8, 'BK_T', false),
                      (9, 'BK_T', true), (10, 'TT_LDXS', true), (11, 'CSTD_T', false), (12, 'CO_T', true),
                      (13, 'BK_TTG', false), (14, 'HC_LD', true), (15, 'LDTT', false)) v (k, code, collective)) a
                  on a.k = (g / 7) % 16""").param("entries", ENTRIES).update();
        jdbc.sql("analyze registry_entry").update();
    }
}
