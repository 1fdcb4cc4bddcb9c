package vn.gov.sokhcn.kpi.kpi.strategy;

import java.util.List;

/**
 * The whole strategy map: perspectives in order, each with its objectives, each with its CSFs and
 * their indicators; indicators tied to an objective but to no CSF sit on the objective; indicators
 * tied to neither are listed apart. {@code links} are the cause→effect pairs between objectives.
 */
record StrategyMap(List<PerspectiveNode> perspectives, List<Link> links, List<IndicatorLeaf> unplacedIndicators) {

    record PerspectiveNode(Long id, String code, String name, int sortOrder, List<ObjectiveNode> objectives) {
    }

    record ObjectiveNode(Long id, String code, String name, String description, List<CsfNode> csfs,
                         List<IndicatorLeaf> indicators) {
    }

    record CsfNode(Long id, String code, String name, List<IndicatorLeaf> indicators) {
    }

    record IndicatorLeaf(Long id, String code, String name, String kind, String polarity, String ownerLevel) {
    }

    /** {@code from} drives {@code to}: objective codes. */
    record Link(String from, String to) {
    }
}
