package vn.gov.sokhcn.kpi.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.sokhcn.kpi.system.StillReferencedException;

/**
 * The aggregates against the schema of V1, in standard SQL only, so that the same tests run on H2
 * and on PostgreSQL.
 */
@ApiTest
class OrganisationRepositoriesTest {
    @Autowired
    UnitRepository units;
    @Autowired
    CompetencyRepository competencies;
    @Autowired
    PositionRepository positions;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    LeaveRecordRepository leaves;
    @Autowired
    Listing listing;
    @Autowired
    References references;
    @Autowired
    JdbcClient jdbc;

    Unit so;
    Unit pkh;
    Competency planning;
    Competency appraisal;

    @BeforeEach
    void organisation() {
        so = units.save(new Unit(null, "SO", "Sở Khoa học và Công nghệ", null, true, 0));
        pkh = units.save(new Unit(null, "PKH", "Phòng Kế hoạch – Tài chính", so.id(), false, 2));
        planning = competencies.save(new Competency(null, "NL-01", "Xây dựng kế hoạch", null));
        appraisal = competencies.save(new Competency(null, "NL-02", "Thẩm định hồ sơ", "Hồ sơ nhiệm vụ KH&CN"));
    }

    @Test
    void shouldStoreAUnitWithItsParentAndFindItByCode() {
        Unit found = units.findByCode("PKH").orElseThrow();
        assertThat(found).isEqualTo(pkh);
        assertThat(found.parentId()).isEqualTo(so.id());
        assertThat(units.existsByCode("SO")).isTrue();
        assertThat(units.existsByCode("KHONG_CO")).isFalse();
    }

    @Test
    void shouldSaveAPositionWithItsRequiredCompetenciesAndReplaceThemOnUpdate() {
        Position saved = positions.save(new Position(null, "CV", "Chuyên viên", "Mô tả công việc",
                Set.of(new RequiredCompetency(planning.id(), 3), new RequiredCompetency(appraisal.id(), 4))));
        assertThat(positions.findByCode("CV").orElseThrow().competencies())
                .containsExactlyInAnyOrder(new RequiredCompetency(planning.id(), 3), new RequiredCompetency(appraisal.id(), 4));

        positions.save(new Position(saved.id(), "CV", "Chuyên viên", null, Set.of(new RequiredCompetency(appraisal.id(), 5))));
        assertThat(positions.findById(saved.id()).orElseThrow().competencies())
                .containsExactly(new RequiredCompetency(appraisal.id(), 5));
        assertThat(rows("position_competencies")).isEqualTo(1);

        positions.deleteById(saved.id());
        assertThat(rows("position_competencies")).isZero();
    }

    @Test
    void shouldStoreEnumsAsTheirNamesAndNumbersAndDatesExactly() {
        employees.save(new Employee(null, "CB01", "Nguyễn Văn An", pkh.id(), null, StaffType.CIVIL_SERVANT, Leadership.HEAD,
                "QLNN", new BigDecimal("4.65"), LocalDate.of(2020, 1, 1), null));
        assertThat(jdbc.sql("SELECT staff_type FROM employees WHERE code = 'CB01'").query(String.class).single())
                .isEqualTo("CIVIL_SERVANT");
        Employee found = employees.findByCode("CB01").orElseThrow();
        assertThat(found.leadership()).isEqualTo(Leadership.HEAD);
        assertThat(found.salaryCoefficient()).isEqualByComparingTo("4.65");
        assertThat(found.startDate()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(found.endDate()).isNull();
    }

    @Test
    void shouldPageFilteredAggregatesIgnoringCaseOfVietnameseLetters() {
        units.save(new Unit(null, "VP", "Văn phòng Sở", so.id(), false, 1));
        units.save(new Unit(null, "TTRA", "Thanh tra Sở", so.id(), false, 3));
        List<Criteria> children = List.of(Criteria.where("parentId").is(so.id()));

        Page<Unit> first = listing.page(Unit.class, children, PageRequest.of(0, 2, Sort.by("sortOrder", "code")));
        assertThat(first.map(Unit::code).toList()).containsExactly("VP", "PKH");
        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(listing.page(Unit.class, children, PageRequest.of(1, 2, Sort.by("sortOrder"))).map(Unit::code).toList())
                .containsExactly("TTRA");
        assertThat(listing.page(Unit.class, List.of(Listing.codeOrNameContains("name", "VĂN PHÒNG")), PageRequest.of(0, 5))
                .map(Unit::code).toList()).containsExactly("VP");
    }

    @Test
    void shouldCountWhatStillRefersToAUnitInTheOrderOfTheList() {
        Employee e = employees.save(new Employee(null, "CB01", "Nguyễn Văn An", pkh.id(), null, StaffType.CIVIL_SERVANT,
                Leadership.NONE, null, null, LocalDate.of(2020, 1, 1), null));
        leaves.save(new LeaveRecord(null, e.id(), LeaveKind.SICK, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), null));

        assertThatThrownBy(() -> references.refuseDeleteIfReferenced("đơn vị", "SO", so.id(), References.TO_UNIT))
                .isInstanceOf(StillReferencedException.class)
                .hasMessage("Không xóa được đơn vị «SO»: còn 1 đơn vị trực thuộc");
        assertThatThrownBy(() -> references.refuseDeleteIfReferenced("cán bộ", "CB01", e.id(), References.TO_EMPLOYEE))
                .hasMessage("Không xóa được cán bộ «CB01»: còn 1 kỳ nghỉ");
        references.refuseDeleteIfReferenced("năng lực", "NL-01", planning.id(), References.TO_COMPETENCY);
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
