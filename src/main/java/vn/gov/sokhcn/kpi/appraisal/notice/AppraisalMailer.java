package vn.gov.sokhcn.kpi.appraisal.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice;

/**
 * Sends the procedure's notices by e-mail once the step has committed; present only when {@code spring.mail.host} is
 * set. A mail that cannot be sent is logged and dropped: the step is done whatever the mail server does.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class AppraisalMailer {
    private static final Logger log = LoggerFactory.getLogger(AppraisalMailer.class);

    private final JavaMailSender sender;
    private final NoticeTexts texts;
    private final NoticeProperties properties;

    AppraisalMailer(JavaMailSender sender, NoticeTexts texts, NoticeProperties properties) {
        this.sender = sender;
        this.texts = texts;
        this.properties = properties;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AppraisalNotice notice) {
        try {
            for (Notice mail : texts.of(notice)) {
                send(notice, mail);
            }
        } catch (RuntimeException e) {
            log.warn("Could not prepare the notices of {}: {}", notice, e.toString());
        }
    }

    private void send(AppraisalNotice notice, Notice mail) {
        for (String to : mail.to()) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(to);
            message.setSubject(mail.subject());
            message.setText(mail.body());
            try {
                sender.send(message);
            } catch (RuntimeException e) {
                log.warn("Notice {} to {} not sent: {}", notice.kind(), to, e.toString());
            }
        }
    }
}
