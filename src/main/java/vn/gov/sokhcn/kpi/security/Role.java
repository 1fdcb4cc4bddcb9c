package vn.gov.sokhcn.kpi.security;

/** What a user may do; each user holds one role. */
public enum Role {
    ADMIN("Quản trị hệ thống"),
    HR_OFFICER("Cán bộ tổ chức - nhân sự"),
    EXPERT("Thành viên tổ chuyên gia"),
    UNIT_HEAD("Trưởng đơn vị"),
    EMPLOYEE("Công chức, viên chức");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
