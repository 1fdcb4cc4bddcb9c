package vn.gov.sokhcn.kpi.appraisal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import vn.gov.sokhcn.kpi.appraisal.AppraisalNotice;

/** A mail server that refuses a mail costs that mail only: the others go, and the step never sees an exception. */
class AppraisalMailerTest {
    final AppraisalNotice opened = new AppraisalNotice(AppraisalNotice.Kind.CYCLE_OPENED, 1, null, "hr");

    @Test
    void shouldSendTheOtherMailsAndThrowNothingWhenTheServerRefusesOne() {
        JavaMailSender sender = mock(JavaMailSender.class);
        NoticeTexts texts = mock(NoticeTexts.class);
        when(texts.of(opened)).thenReturn(List.of(new Notice(List.of("a@x.test", "b@x.test"), "Tiêu đề", "Nội dung")));
        doThrow(new MailSendException("554 refused")).doNothing().when(sender).send(any(SimpleMailMessage.class));

        new AppraisalMailer(sender, texts, new NoticeProperties("kpi@x.test", "http://kpi.test")).on(opened);

        ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
        verify(sender, times(2)).send(sent.capture());
        assertThat(sent.getAllValues()).extracting(m -> m.getTo()[0]).containsExactly("a@x.test", "b@x.test");
        assertThat(sent.getAllValues().get(1).getFrom()).isEqualTo("kpi@x.test");
    }

    @Test
    void shouldThrowNothingWhenTheNoticesCannotBeRead() {
        NoticeTexts texts = mock(NoticeTexts.class);
        when(texts.of(opened)).thenThrow(new IllegalStateException("database gone"));

        new AppraisalMailer(mock(JavaMailSender.class), texts, new NoticeProperties("kpi@x.test", "http://kpi.test")).on(opened);
    }
}
