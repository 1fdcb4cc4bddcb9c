package vn.gov.sokhcn.kpi.kpi.strategy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
class ObjectiveService {
    private final ObjectiveRepository objectives;
    private final Codes codes;
    private final JdbcClient jdbc;

    ObjectiveService(ObjectiveRepository objectives, Codes codes, JdbcClient jdbc) {
        this.objectives = objectives;
        this.codes = codes;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<ObjectiveView> list() {
        return objectives.findAll().stream().sorted(java.util.Comparator.comparing(Objective::code)).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    ObjectiveView get(String code) {
        return view(find(code));
    }

    @Transactional
    ObjectiveView create(ObjectiveRequest request) {
        Objective objective = objectives.save(valid(request, null));
        return view(objective);
    }

    @Transactional
    ObjectiveView update(String code, ObjectiveRequest request) {
        return view(objectives.save(valid(request, find(code).id())));
    }

    @Transactional
    void delete(String code) {
        Objective objective = find(code);
        Map<String, Long> id = Map.of("id", objective.id());
        Usage.of(jdbc, Ref.OBJECTIVE, code)
                .count("yếu tố thành công then chốt", "SELECT COUNT(*) FROM csfs WHERE objective_id = :id", id)
                .count("chỉ số", "SELECT COUNT(*) FROM indicators WHERE objective_id = :id", id)
                .count("mục tiêu dẫn tới mục tiêu này (quan hệ nhân quả)",
                        "SELECT COUNT(*) FROM objective_links WHERE effect_id = :id AND objective_id <> :id", id)
                .refuseIfUsed();
        objectives.delete(objective);
    }

    private Objective find(String code) {
        return objectives.findByCode(code).orElseThrow(() -> new NotFoundException(Ref.OBJECTIVE.noun(), code));
    }

    private Objective valid(ObjectiveRequest request, Long self) {
        objectives.findByCode(request.code()).filter(o -> !o.id().equals(self)).ifPresent(o -> {
            throw new ConflictException("Đã có mục tiêu mã «" + request.code() + "»");
        });
        Problems problems = new Problems();
        Long perspectiveId = codes.resolve(Ref.PERSPECTIVE, request.perspective(), "$.perspective", problems);
        Set<Objective.Effect> effects = new LinkedHashSet<>();
        List<String> effectCodes = request.effects() == null ? List.of() : request.effects();
        for (int i = 0; i < effectCodes.size(); i++) {
            String field = "$.effects[" + i + "]";
            if (effectCodes.get(i).equals(request.code())) {
                problems.add(field, "Một mục tiêu không thể là kết quả của chính nó");
                continue;
            }
            Long effectId = codes.resolve(Ref.OBJECTIVE, effectCodes.get(i), field, problems);
            if (effectId != null) {
                effects.add(new Objective.Effect(effectId));
            }
        }
        problems.throwIfAny();
        return new Objective(self, request.code(), request.name(), perspectiveId, request.description(), effects);
    }

    ObjectiveView view(Objective o) {
        Map<Long, String> effectCodes = codes.codes(Ref.OBJECTIVE, o.effects().stream().map(Objective.Effect::effectId).toList());
        return new ObjectiveView(o.id(), o.code(), o.name(), codes.code(Ref.PERSPECTIVE, o.perspectiveId()), o.description(),
                effectCodes.values().stream().sorted().toList());
    }
}
