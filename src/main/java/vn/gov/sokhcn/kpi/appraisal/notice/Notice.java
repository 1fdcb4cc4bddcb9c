package vn.gov.sokhcn.kpi.appraisal.notice;

import java.util.List;

/** One mail to write: to whom (addresses of user accounts), the subject and the plain-text body, in Vietnamese. */
record Notice(List<String> to, String subject, String body) {
}
