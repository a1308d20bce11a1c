package vn.khenthuong;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application on a real PostgreSQL: schema, deployment, demo accounts and the secured engine API. */
@PostgresIntegrationTest
class ApplicationIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;

    @Test
    void runsOnPostgresWithOurSchemaAndTheDeployedModels() {
        String product = jdbc.sql("select version()").query(String.class).single();
        assertThat(product).startsWith("PostgreSQL 15");
        assertThat(jdbc.sql("select count(*) from award").query(Integer.class).single()).isEqualTo(12);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("nomination").count()).isPositive();
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("award-routing").count()).isPositive();
    }

    @Test
    void demoAccountsBelongToTheGroupsOfTheirOrganisation() {
        assertThat(identityService.checkPassword("noivu.tpcb", "demo")).isTrue();
        assertThat(identityService.createGroupQuery().groupMember("noivu.tpcb").singleResult().getId())
                .isEqualTo("tpcb-thamdinh");
        assertThat(identityService.createGroupQuery().groupMember("kiemtra").singleResult().getId())
                .isEqualTo("caobang-kiemtra");
    }

    @Test
    void engineRestApiNeedsAuthentication() {
        assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // a wrong password locks the account for a few seconds (Camunda's brute-force protection): use another one
        assertThat(http.withBasicAuth("hoidong.tk", "sai-mat-khau").getForEntity("/engine-rest/process-definition",
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        var ok = http.withBasicAuth("noivu.tpcb", "demo").getForEntity("/engine-rest/process-definition", String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody()).contains("Xét đề nghị khen thưởng");
    }

    @Test
    void ourApiAnswersUnauthenticatedCallsInVietnamese() {
        var answer = http.getForEntity("/api/dossiers", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getBody()).contains("Cần đăng nhập");
    }

    @Test
    void theHomeAddressAsksToSignIn() {
        var answer = http.getForEntity("/", String.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(answer.getBody()).contains("Đăng nhập").contains("tài khoản của Tasklist");
    }
}
