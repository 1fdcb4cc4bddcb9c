package vn.gov.sokhcn.kpi.console.rulesets;

import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;

/** One line of the versions table of /rulesets. */
record VersionRow(int version, String state, String stateCode, boolean active, String author, String created,
                  String comment, String approvedBy, String range, String tests, boolean structural) {

    static VersionRow of(RuleSetVersion v, String tests) {
        return new VersionRow(v.version(), VersionTexts.state(v.state()), v.state().name(),
                v.state() == RuleSetVersion.State.ACTIVE, v.author(), VersionTexts.time(v.createdAt()),
                v.comment() == null ? "" : v.comment(), v.approvedBy() == null ? "" : v.approvedBy(), VersionTexts.range(v),
                tests, v.structural());
    }
}
