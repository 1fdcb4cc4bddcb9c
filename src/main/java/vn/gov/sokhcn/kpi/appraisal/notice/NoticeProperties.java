package vn.gov.sokhcn.kpi.appraisal.notice;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kpi.notices.*}: the e-mail notices of the appraisal procedure. They are on exactly when {@code spring.mail.host}
 * is set (Spring Boot then makes the mail sender); {@code from} is the sender's address, {@code baseUrl} the console's
 * address that links in the mails start with.
 */
@Validated
@ConfigurationProperties("kpi.notices")
record NoticeProperties(@NotBlank String from, @NotBlank String baseUrl) {
}
