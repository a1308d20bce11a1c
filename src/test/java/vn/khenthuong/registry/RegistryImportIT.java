package vn.khenthuong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.FileUpload;

/** Registry files of the size a province really has, through the API on PostgreSQL. */
@PostgresIntegrationTest
class RegistryImportIT {

    private static final String HEADER =
            "loai,cccd,ma_tap_the,ho_ten,don_vi,danh_hieu,nam,loai_khen,so_quyet_dinh,ngay_quyet_dinh,co_quan_quyet_dinh\n";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Nông", "Bế", "Lục", "Đàm", "Triệu"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Đức Em", "Thị Giang"};

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;

    @Test
    void aHundredThousandLinesAreImportedInOneAnswer() {
        long before = count();
        byte[] file = csv(100_000, "07").getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        ResponseEntity<Map<String, Object>> response = upload("bantdkt", file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("RegistryImportIT: 100.000 dòng (%,d byte) nhập trong %,d ms%n", file.length, millis);

        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        assertThat(response.getBody()).containsEntry("accepted", 100_000).containsEntry("refused", 0);
        assertThat(count()).isEqualTo(before + 100_000);
        assertThat(jdbc.sql("select search_name from registry_entry where cccd = ?").param("070000099999")
                .query(String.class).single()).isEqualTo("trieu thi dung");
    }

    private ResponseEntity<Map<String, Object>> upload(String user, byte[] file) {
        return rest.withBasicAuth(user, "demo").exchange("/api/registry/import", HttpMethod.POST,
                FileUpload.of("so-khen-thuong.csv", file), new ParameterizedTypeReference<>() { });
    }

    /** {@code lines} people with CCCDs starting with {@code prefix}, each with an LĐTT of 2024. */
    static String csv(int lines, String prefix) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < lines; i++) {
            csv.append("CA_NHAN,").append(prefix).append(String.format("%010d", i)).append(",,")
                    .append(FAMILY[i % FAMILY.length]).append(' ').append(GIVEN[i % GIVEN.length])
                    .append(",,LDTT,2024,THUONG_XUYEN,12/QĐ-UBND,20/12/2024,UBND tỉnh Cao Bằng\n");
        }
        return csv.toString();
    }

    private long count() {
        return jdbc.sql("select count(*) from registry_entry").query(Long.class).single();
    }
}
