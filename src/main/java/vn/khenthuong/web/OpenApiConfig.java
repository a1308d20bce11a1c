package vn.khenthuong.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** The API description at /v3/api-docs: every /api endpoint takes HTTP Basic with a Camunda account. */
@Configuration
@OpenAPIDefinition(
        info = @Info(title = "Khen thưởng API",
                description = "Quy trình đề nghị, xét duyệt thi đua, khen thưởng: đơn vị → huyện → tỉnh",
                version = "0.1"),
        security = @SecurityRequirement(name = OpenApiConfig.BASIC_AUTH))
@SecurityScheme(name = OpenApiConfig.BASIC_AUTH, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Tên đăng nhập và mật khẩu tài khoản Camunda (như Tasklist)")
public class OpenApiConfig {

    public static final String BASIC_AUTH = "basicAuth";
}
