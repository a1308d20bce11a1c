package vn.khenthuong.demo;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.RegistryEntry;
import vn.khenthuong.registry.RegistrySource;
import vn.khenthuong.registry.SubjectKind;

/**
 * Award history of the demo province for the years before the system, as a province imports it
 * (profile {@code demo} only): consecutive CSTĐ cơ sở years and the units' LĐTT holders.
 */
@Component
@Profile("demo")
public class DemoRegistry {

    private static final List<String> FAMILY = List.of("Nông", "Hoàng", "Lý", "Bế", "Đàm", "Triệu", "Lục", "Hà", "Ma", "Vi");
    private static final List<String> GIVEN = List.of("Thị Hoa", "Văn Hùng", "Thị Lan", "Văn Tài", "Thị Nga",
            "Văn Dũng", "Thị Hương", "Văn Sơn");

    private final AwardRegistry registry;
    private final JdbcClient jdbc;

    DemoRegistry(AwardRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    public void ensure(int year) {
        if (jdbc.sql("select count(*) from registry_entry").query(Long.class).single() > 0) {
            return;
        }
        for (int y = year - 3; y < year; y++) {
            individual("Nông Văn Thành", "004085001234", "thhoachung", "CSTD_CS", y, "Chủ tịch UBND Thành phố Cao Bằng");
            individual("Triệu Văn Minh", "004083009876", "thhoachung", "LDTT", y, "Hiệu trưởng Trường Tiểu học Hòa Chung");
        }
        ldttHolders("thhoachung", year, 16, "004070");
        ldttHolders("thpttk", year, 24, "004071");
        ldttHolders("thhoachung", year - 1, 15, "004072");
    }

    private void ldttHolders(String unit, int year, int count, String cccdPrefix) {
        for (int i = 0; i < count; i++) {
            String name = FAMILY.get(i % FAMILY.size()) + " " + GIVEN.get((i * 3 + year) % GIVEN.size());
            individual(name, cccdPrefix + String.format("%06d", i + 1), unit, "LDTT", year, "Thủ trưởng đơn vị");
        }
    }

    private void individual(String name, String cccd, String unit, String award, int year, String decidedBy) {
        registry.record(new RegistryEntry(null, SubjectKind.INDIVIDUAL, cccd, null, name, unit, award, year, null, null,
                MeritKind.MERIT, (year - 2000) + "/QĐ-" + unit.toUpperCase(), LocalDate.of(year, 12, 20), decidedBy,
                RegistrySource.IMPORT, null, null, "admin", null));
    }
}
