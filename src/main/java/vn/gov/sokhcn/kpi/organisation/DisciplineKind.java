package vn.gov.sokhcn.kpi.organisation;

/** Disciplinary measures (khiển trách, cảnh cáo, hạ bậc lương, cách chức, buộc thôi việc) and a concluded degradation (suy thoái). */
public enum DisciplineKind { REPRIMAND, WARNING, DEMOTION, REMOVAL, DISMISSAL, DEGRADATION }
