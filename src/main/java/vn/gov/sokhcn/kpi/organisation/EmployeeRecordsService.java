package vn.gov.sokhcn.kpi.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

/** A person's competency assessments, discipline records and leave: listed, added, deleted by id. */
@Service
@Transactional
class EmployeeRecordsService {
    private final CompetencyAssessmentRepository assessments;
    private final DisciplineRecordRepository disciplines;
    private final LeaveRecordRepository leaves;
    private final Lookup lookup;
    private final Listing listing;
    private final VisibleEmployees visible;

    EmployeeRecordsService(CompetencyAssessmentRepository assessments, DisciplineRecordRepository disciplines,
                           LeaveRecordRepository leaves, Lookup lookup, Listing listing, VisibleEmployees visible) {
        this.visible = visible;
        this.assessments = assessments;
        this.disciplines = disciplines;
        this.leaves = leaves;
        this.lookup = lookup;
        this.listing = listing;
    }

    @Transactional(readOnly = true)
    PageResponse<AssessmentView> assessments(String employee, Integer page, Integer size) {
        Employee e = visible.get(employee);
        Page<CompetencyAssessment> found = listing.page(CompetencyAssessment.class, of(e),
                Paging.of(page, size).request(Sort.by("assessedOn", "id")));
        Map<Long, String> competencies = lookup.competencyCodes(found.map(CompetencyAssessment::competencyId).toList());
        return PageResponse.of(found, a -> AssessmentView.of(a, e.code(), competencies.get(a.competencyId())));
    }

    AssessmentView addAssessment(String employee, AssessmentRequest request) {
        Employee e = lookup.employee(employee);
        List<FieldProblem> problems = new ArrayList<>();
        Long competencyId = lookup.competencyId(request.competency().strip(), "$.competency", problems);
        refuse(problems);
        CompetencyAssessment saved = assessments.save(new CompetencyAssessment(null, e.id(), competencyId,
                request.assessedLevel(), request.assessedOn(), request.assessor(), request.note()));
        return AssessmentView.of(saved, e.code(), request.competency().strip());
    }

    void deleteAssessment(String employee, long id) {
        deleteOwn(assessments, id, lookup.employee(employee), CompetencyAssessment::employeeId, "đánh giá năng lực");
    }

    @Transactional(readOnly = true)
    PageResponse<DisciplineView> disciplines(String employee, Integer page, Integer size) {
        Employee e = visible.get(employee);
        return PageResponse.of(listing.page(DisciplineRecord.class, of(e), Paging.of(page, size).request(Sort.by("decidedOn", "id"))),
                d -> DisciplineView.of(d, e.code()));
    }

    DisciplineView addDiscipline(String employee, DisciplineRequest request) {
        Employee e = lookup.employee(employee);
        return DisciplineView.of(disciplines.save(new DisciplineRecord(null, e.id(), request.kind(), request.decidedOn(),
                request.decisionNo(), request.note())), e.code());
    }

    void deleteDiscipline(String employee, long id) {
        deleteOwn(disciplines, id, lookup.employee(employee), DisciplineRecord::employeeId, "quyết định kỷ luật");
    }

    @Transactional(readOnly = true)
    PageResponse<LeaveView> leaves(String employee, Integer page, Integer size) {
        Employee e = visible.get(employee);
        return PageResponse.of(listing.page(LeaveRecord.class, of(e), Paging.of(page, size).request(Sort.by("startDate", "id"))),
                l -> LeaveView.of(l, e.code()));
    }

    LeaveView addLeave(String employee, LeaveRequest request) {
        Employee e = lookup.employee(employee);
        if (request.endDate().isBefore(request.startDate())) {
            refuse(List.of(new FieldProblem("$.endDate", "Ngày kết thúc nghỉ không được trước ngày bắt đầu")));
        }
        return LeaveView.of(leaves.save(new LeaveRecord(null, e.id(), request.kind(), request.startDate(), request.endDate(),
                request.note())), e.code());
    }

    void deleteLeave(String employee, long id) {
        deleteOwn(leaves, id, lookup.employee(employee), LeaveRecord::employeeId, "kỳ nghỉ");
    }

    private static <T> void deleteOwn(CrudRepository<T, Long> repository, long id, Employee e,
                                      Function<T, Long> owner, String what) {
        repository.delete(repository.findById(id).filter(r -> owner.apply(r).equals(e.id()))
                .orElseThrow(() -> notFound(what, id, e)));
    }

    private static List<Criteria> of(Employee e) {
        return List.of(Criteria.where("employeeId").is(e.id()));
    }

    private static NotFoundException notFound(String what, long id, Employee e) {
        return new NotFoundException(what + " số " + id + " của cán bộ", e.code());
    }

    private static void refuse(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
