package vn.gov.sokhcn.kpi.appraisal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice;

/** Without {@code spring.mail.host} (the default) there is no mail sender and no mailer, and a step's notice is harmless. */
@SpringBootTest
@AutoConfigureMockMvc
class NoticesOffTest {
    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void shouldSendNothingAndFailNothingWhenNoMailHostIsSet() {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
        assertThat(context.getBeanNamesForType(AppraisalMailer.class)).isEmpty();
        assertThat(context.getBean(NoticeProperties.class).baseUrl()).isEqualTo("http://localhost:8080");

        transaction.executeWithoutResult(t -> context.publishEvent(
                new AppraisalNotice(AppraisalNotice.Kind.CYCLE_OPENED, -1, null, "tester")));
    }
}
