package vn.gov.sokhcn.kpi.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs, shown by Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BASIC = "basicAuth";

    /** Every operation needs HTTP Basic, so Swagger UI offers «Authorize» and sends the credentials. */
    @Bean
    OpenAPI kpiOpenApi() {
        return new OpenAPI()
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Tên đăng nhập và mật khẩu của tài khoản (vai trò quyết định được làm gì, xem được gì).")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .info(new Info()
                        .title("Dịch vụ đánh giá KPI — Sở Khoa học và Công nghệ")
                        .version("1")
                        .description("""
                                Tổ chức của Sở (đơn vị, vị trí việc làm, năng lực, cán bộ), chỉ số và chỉ tiêu được giao, \
                                số liệu thực hiện, đánh giá và xếp loại theo bộ quy tắc đang áp dụng. Các đối tượng được \
                                gọi theo mã (ví dụ /api/units/PKH); lỗi trả về dạng problem details (RFC 9457) bằng tiếng Việt."""));
    }
}
