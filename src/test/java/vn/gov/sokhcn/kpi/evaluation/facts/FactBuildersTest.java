package vn.gov.sokhcn.kpi.evaluation.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts with many values are built by name; what is not named takes its plain default. */
class FactBuildersTest {

    @Test
    void shouldBuildAnEmployeeFactFromNamedValues() {
        EmployeeFact fact = EmployeeFact.builder().id("e1").name("Nguyễn Văn A").unit("P1").staffType("CIVIL_SERVANT")
                .leadership("HEAD").rank(2).agency("SO").taskGroup("CIVIL_SERVANT").unitAncestry(List.of("P1", "SO"))
                .politics(9).ethics(8).style(7).discipline(6).disciplined(true).degradation(false)
                .monthsWorked(12).leaveMonths(1.5).maternityLeave(true).rolledUp(false).build();

        assertThat(fact).isEqualTo(new EmployeeFact("e1", "Nguyễn Văn A", "P1", "CIVIL_SERVANT", "HEAD", 2, "SO",
                "CIVIL_SERVANT", List.of("P1", "SO"), 9, 8, 7, 6, true, false, 12, 1.5, true, false));
        assertThat(fact.isLeader()).isTrue();
    }

    @Test
    void shouldGiveAnEmployeeFactPlainDefaultsForWhatIsNotNamed() {
        EmployeeFact fact = EmployeeFact.builder().id("e2").build();

        assertThat(fact.unitAncestry()).isEmpty();
        assertThat(fact.rank()).isZero();
        assertThat(fact.monthsWorked()).isZero();
        assertThat(fact.disciplined()).isFalse();
        assertThat(fact.name()).isNull();
    }

    @Test
    void shouldBuildAnAssignmentFactFromNamedValues() {
        TaskCounts tasks = new TaskCounts(10, 9, 8, 7, 1, 0, false);

        AssignmentFact fact = AssignmentFact.builder().key("a1").holder("e1").unitHolder(false).indicatorCode("KPI-1")
                .indicatorName("Hồ sơ giải quyết").kind("KPI").polarity("TASKS").target(10).weight(40)
                .actual(null).threshold(5.0).stretch(12.0).tasks(tasks).build();

        assertThat(fact).isEqualTo(new AssignmentFact("a1", "e1", false, "KPI-1", "Hồ sơ giải quyết", "KPI", "TASKS",
                10, 40, null, 5.0, 12.0, tasks));
        assertThat(fact.actualValue()).isZero();
    }

    @Test
    void shouldListRatingCodesFromBestToWorst() {
        assertThat(Rating.CODES_BEST_FIRST).containsExactly("HTXSNV", "HTTNV", "HTNV", "KHTNV", "NOT_RATED");
    }
}
