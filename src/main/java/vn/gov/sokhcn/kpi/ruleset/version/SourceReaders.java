package vn.gov.sokhcn.kpi.ruleset.version;

import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.security.Role;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;

/**
 * Who may read the files of a version: those of a version that was in force (ACTIVE or RETIRED) are
 * what reasons link to, so any signed-in user; those of a DRAFT are work in progress (possibly code
 * not yet approved), so only ADMIN, HR_OFFICER and EXPERT, the roles that upload and review them.
 */
@Component
public class SourceReaders {
    private final RuleSetVersions versions;
    private final CurrentUser user;

    SourceReaders(RuleSetVersions versions, CurrentUser user) {
        this.versions = versions;
        this.user = user;
    }

    public RuleSetFiles files(int version) {
        RuleSetVersion v = versions.version(version);
        if (v.state() == RuleSetVersion.State.DRAFT && !user.has(Role.ADMIN, Role.HR_OFFICER, Role.EXPERT)) {
            throw new ScopeDeniedException("Phiên bản " + version + " là bản nháp chưa được áp dụng: chỉ "
                    + Role.ADMIN.label() + ", " + Role.HR_OFFICER.label() + " và " + Role.EXPERT.label()
                    + " xem được tệp của bản nháp.");
        }
        return versions.files(version);
    }
}
