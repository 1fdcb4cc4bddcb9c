package vn.gov.sokhcn.kpi.ruleset.version;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetLoader;

/**
 * The files of the folders as a DRAFT, when they differ from the default active version; activated when
 * {@code kpi.rules.auto-activate} is true and it has no problems, else every problem is logged and the
 * active version stays.
 */
@Component
class FolderDrafts {
    private static final Logger log = LoggerFactory.getLogger(FolderDrafts.class);
    static final String AUTHOR = "thư mục quy tắc";

    private final RuleSetLoader loader;
    private final RuleSetVersions versions;
    private final ActiveRuleSet active;
    private final boolean autoActivate;
    private String lastDrafted;

    FolderDrafts(RuleSetLoader loader, RuleSetVersions versions, ActiveRuleSet active,
                 RuleWatchProperties properties) {
        this.loader = loader;
        this.versions = versions;
        this.active = active;
        this.autoActivate = properties.autoActivate();
    }

    synchronized void fromFolders() {
        RuleSetFiles files = loader.load();
        int baseVersion = active.get().version();
        if (files.sha256().equals(active.get().sha256()) || files.sha256().equals(lastDrafted)) {
            return;
        }
        RuleSetVersions.Draft draft = versions.draft(files, baseVersion, versions.files(baseVersion), AUTHOR,
                "Thay đổi trong thư mục quy tắc");
        lastDrafted = files.sha256();
        if (!draft.problems().isEmpty()) {
            log.error("Phiên bản {} từ thư mục quy tắc có {} lỗi; vẫn dùng phiên bản {}:", draft.version(), draft.problems().size(), baseVersion);
            draft.problems().forEach(p -> log.error("  - {}: {}", p.location(), p.message()));
            return;
        }
        if (autoActivate) {
            versions.autoActivateFromFolder(draft.version());
            log.info("Đã áp dụng phiên bản {} từ thư mục quy tắc (tệp đổi: {})", draft.version(), draft.changedFiles());
        } else {
            log.info("Đã lưu bản nháp {} từ thư mục quy tắc (tệp đổi: {}); kpi.rules.auto-activate=false", draft.version(),
                    draft.changedFiles());
        }
    }
}
