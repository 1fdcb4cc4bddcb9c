package vn.gov.sokhcn.kpi.kpi.strategy;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.kpi.Codes;
import vn.gov.sokhcn.kpi.kpi.Problems;
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.kpi.Usage;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

@Service
class CsfService {
    private final CsfRepository csfs;
    private final Codes codes;
    private final JdbcClient jdbc;

    CsfService(CsfRepository csfs, Codes codes, JdbcClient jdbc) {
        this.csfs = csfs;
        this.codes = codes;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<CsfView> list() {
        return csfs.findAllByOrderByCodeAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    CsfView get(String code) {
        return view(find(code));
    }

    @Transactional
    CsfView create(CsfRequest request) {
        return view(csfs.save(valid(request, null)));
    }

    @Transactional
    CsfView update(String code, CsfRequest request) {
        return view(csfs.save(valid(request, find(code).id())));
    }

    @Transactional
    void delete(String code) {
        Csf csf = find(code);
        Usage.of(jdbc, Ref.CSF, code)
                .count("chỉ số", "SELECT COUNT(*) FROM indicators WHERE csf_id = :id", Map.of("id", csf.id()))
                .refuseIfUsed();
        csfs.delete(csf);
    }

    private Csf find(String code) {
        return csfs.findByCode(code).orElseThrow(() -> new NotFoundException(Ref.CSF.noun(), code));
    }

    private Csf valid(CsfRequest request, Long self) {
        csfs.findByCode(request.code()).filter(c -> !c.id().equals(self)).ifPresent(c -> {
            throw new ConflictException("Đã có yếu tố thành công then chốt mã «" + request.code() + "»");
        });
        Problems problems = new Problems();
        Long objectiveId = codes.resolve(Ref.OBJECTIVE, request.objective(), "$.objective", problems);
        problems.throwIfAny();
        return new Csf(self, request.code(), request.name(), objectiveId);
    }

    private CsfView view(Csf csf) {
        return new CsfView(csf.id(), csf.code(), csf.name(), codes.code(Ref.OBJECTIVE, csf.objectiveId()));
    }
}
