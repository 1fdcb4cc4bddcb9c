package vn.gov.sokhcn.kpi.evaluation.policy;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is competent to decide the rating of a person (Decree 90/2020, kept by the later decrees): by
 * the person's leadership, or for the head of an agency whatever their leadership ({@code leadership}
 * empty). Read by the appraisal procedure, not by an evaluation.
 */
public class CompetentRow extends PolicyRow {
    /** The kinds of competent person the procedure knows how to route a decision to. */
    public static final Set<String> AUTHORITIES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("HEAD_OF_AGENCY",
            "SUPERIOR_AGENCY")));
    /** The leadership codes of organisation.Leadership, the way employees are stored. */
    public static final Set<String> LEADERSHIPS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("NONE",
            "DEPUTY_HEAD", "HEAD", "DEPUTY_DIRECTOR", "DIRECTOR")));

    private String leadership;
    private Boolean headOfAgency;
    private String authority;
    private String authorityLabel;
    private String basis;

    public String getLeadership() { return leadership; }
    public void setLeadership(String code) { writable(); this.leadership = read(() -> Codes.oneOf(code, LEADERSHIPS, "Chức vụ")); }
    public Boolean getHeadOfAgency() { return headOfAgency; }
    public void setHeadOfAgencyText(String v) { writable(); this.headOfAgency = read(() -> Codes.flag(v, "Người đứng đầu cơ quan")); }
    public String getAuthority() { return authority; }
    public void setAuthority(String code) { writable(); this.authority = read(() -> Codes.oneOf(code, AUTHORITIES, "Người có thẩm quyền")); }
    public String getAuthorityLabel() { return authorityLabel; }
    public void setAuthorityLabel(String label) { writable(); this.authorityLabel = label; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { writable(); this.basis = basis; }

    /** Whether this row is the one for a person of this leadership, heading their agency or not. */
    public boolean covers(String leadershipCode, boolean head) {
        return headOfAgency != null && headOfAgency == head && (leadership == null || leadership.equals(leadershipCode));
    }

    @Override
    protected void check() {
        require(headOfAgency, "Người đứng đầu cơ quan");
        require(authority, "Người có thẩm quyền");
        require(authorityLabel, "Tên người có thẩm quyền");
        if (Boolean.FALSE.equals(headOfAgency) && leadership == null) {
            problem("Chức vụ", "dòng không phải người đứng đầu cơ quan phải ghi chức vụ (NONE, DEPUTY_HEAD, HEAD, DEPUTY_DIRECTOR hoặc DIRECTOR)");
        }
    }
}
