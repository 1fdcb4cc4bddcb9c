package vn.gov.sokhcn.kpi.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unit tree's walks on a small Department: SO (root, agency) with VP and CC (an agency) below it,
 * CC with its own CC-P1 and CC-P2 (in sort order, not code order); and a pair written into a cycle.
 */
class UnitTreeTest {
    private static final Unit SO = new Unit(1L, "SO", "Sở", null, true, 0);
    private static final Unit VP = new Unit(2L, "VP", "Văn phòng", 1L, false, 1);
    private static final Unit CC = new Unit(3L, "CC", "Chi cục", 1L, true, 2);
    private static final Unit P2 = new Unit(5L, "CC-P2", "Phòng 2", 3L, false, 3);
    private static final Unit P1 = new Unit(4L, "CC-P1", "Phòng 1", 3L, false, 4);
    private final UnitTree tree = new UnitTree(List.of(SO, VP, CC, P2, P1));

    @Test
    void shouldFindEveryUnitBelowAUnitItselfIncludedParentsFirst() {
        assertThat(tree.withBelow(1L)).containsExactly(1L, 2L, 3L, 5L, 4L);
        assertThat(tree.withBelow(3L)).containsExactly(3L, 5L, 4L);
        assertThat(tree.withBelow(2L)).containsExactly(2L);
        assertThat(tree.withBelow(99L)).isEmpty();
        assertThat(tree.codesWithBelow("CC")).containsExactly("CC", "CC-P2", "CC-P1");
        assertThat(tree.codesWithBelow("KHONG-CO")).isEmpty();
    }

    @Test
    void shouldWalkUpNearestFirstAndCountTheDepth() {
        assertThat(tree.ancestors(4L)).containsExactly(CC, SO);
        assertThat(tree.ancestors(1L)).isEmpty();
        assertThat(tree.depth(1L)).isZero();
        assertThat(tree.depth(2L)).isEqualTo(1);
        assertThat(tree.depth(4L)).isEqualTo(2);
    }

    @Test
    void shouldGiveEachUnitItsNearestAgencyItselfIncluded() {
        assertThat(tree.agencyOf(4L)).contains(CC);
        assertThat(tree.agencyOf(3L)).contains(CC);
        assertThat(tree.agencyOf(2L)).contains(SO);
        assertThat(new UnitTree(List.of(new Unit(7L, "X", "X", null, false, 0))).agencyOf(7L)).isEmpty();
    }

    @Test
    void shouldKeepTheOrganisationsOrderForRootsChildrenAndAnySubset() {
        assertThat(tree.roots()).containsExactly(SO);
        assertThat(tree.children(3L)).containsExactly(P2, P1);
        assertThat(tree.children(2L)).isEmpty();
        assertThat(tree.ordered(java.util.Set.of(4L, 1L, 5L, 99L))).containsExactly(SO, P2, P1);
        assertThat(tree.byCode("VP")).contains(VP);
        assertThat(tree.byId(3L)).contains(CC);
    }

    @Test
    void shouldStopAtACycleInsteadOfLooping() {
        UnitTree cycle = new UnitTree(List.of(new Unit(1L, "A", "A", 2L, false, 0), new Unit(2L, "B", "B", 1L, false, 1)));
        assertThat(cycle.withBelow(1L)).containsExactly(1L, 2L);
        assertThat(cycle.ancestors(1L)).extracting(Unit::code).containsExactly("B");
        assertThat(cycle.agencyOf(1L)).isEmpty();
    }
}
