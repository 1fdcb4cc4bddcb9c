package vn.gov.sokhcn.kpi;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package graph the README's code map draws. From the bottom up:
 * <ol>
 *   <li>{@code system}: shared infrastructure (problem details and request errors, paging, limits,
 *       JSON, upload inspection, xlsx), used by all;</li>
 *   <li>{@code security}: who acts and what they may see;</li>
 *   <li>{@code audit}: the log of who did what (it names the acting user);</li>
 *   <li>{@code organisation}, {@code kpi}: the Department's stored data;</li>
 *   <li>{@code evaluation}: facts, decision-table rows, the rule session, results and official runs;
 *       the rule files name these classes, so they stay where stored rule sets expect them;</li>
 *   <li>{@code ruleset}: loading, compiling, checking, versioning and activating the rules written
 *       against evaluation's facts (evaluation reaches the sets in force through its own
 *       {@code RuleBase} and {@code RuleBases} interfaces);</li>
 *   <li>{@code appraisal}: the procedure that turns a run's proposal into the agency's decision
 *       (self-assessment, the unit's comments, decision, publication, complaints);</li>
 *   <li>{@code outcome}: bonus, staffing, training from results under the rules in force;</li>
 *   <li>{@code trial}, {@code report}: uses of results and outcomes;</li>
 *   <li>{@code console} and {@code demo} on top: nothing depends on them.</li>
 * </ol>
 * No cycles either between feature packages or between any two packages.
 */
@AnalyzeClasses(packages = "vn.gov.sokhcn.kpi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("vn.gov.sokhcn.kpi.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyPackageIsFreeOfCycles =
            slices().matching("vn.gov.sokhcn.kpi.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("System").definedBy("vn.gov.sokhcn.kpi.system..")
            .layer("Security").definedBy("vn.gov.sokhcn.kpi.security..")
            .layer("Audit").definedBy("vn.gov.sokhcn.kpi.audit..")
            .layer("Stored data").definedBy("vn.gov.sokhcn.kpi.organisation..", "vn.gov.sokhcn.kpi.kpi..")
            .layer("Evaluation").definedBy("vn.gov.sokhcn.kpi.evaluation..")
            .layer("Rule sets").definedBy("vn.gov.sokhcn.kpi.ruleset..")
            .layer("Appraisal").definedBy("vn.gov.sokhcn.kpi.appraisal..")
            .layer("Outcomes").definedBy("vn.gov.sokhcn.kpi.outcome..")
            .layer("Trials and reports").definedBy("vn.gov.sokhcn.kpi.trial..", "vn.gov.sokhcn.kpi.report..")
            .layer("Console").definedBy("vn.gov.sokhcn.kpi.console..")
            .layer("Demo").definedBy("vn.gov.sokhcn.kpi.demo..")
            .whereLayer("Console").mayNotBeAccessedByAnyLayer()
            .whereLayer("Demo").mayNotBeAccessedByAnyLayer()
            .whereLayer("Trials and reports").mayOnlyBeAccessedByLayers("Console", "Demo")
            .whereLayer("Outcomes").mayOnlyBeAccessedByLayers("Trials and reports", "Console", "Demo")
            .whereLayer("Appraisal").mayOnlyBeAccessedByLayers("Outcomes", "Trials and reports", "Console", "Demo")
            .whereLayer("Rule sets").mayOnlyBeAccessedByLayers("Appraisal", "Outcomes", "Trials and reports", "Console", "Demo")
            .whereLayer("Evaluation").mayOnlyBeAccessedByLayers("Rule sets", "Appraisal", "Outcomes", "Trials and reports", "Console",
                    "Demo")
            .whereLayer("Stored data").mayOnlyBeAccessedByLayers("Evaluation", "Rule sets", "Appraisal", "Outcomes",
                    "Trials and reports", "Console", "Demo")
            .whereLayer("Audit").mayOnlyBeAccessedByLayers("Stored data", "Evaluation", "Rule sets", "Appraisal", "Outcomes",
                    "Trials and reports", "Console", "Demo")
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Audit", "Stored data", "Evaluation", "Rule sets",
                    "Appraisal", "Outcomes", "Trials and reports", "Console", "Demo")
            .whereLayer("System").mayOnlyBeAccessedByLayers("Security", "Audit", "Stored data", "Evaluation",
                    "Rule sets", "Appraisal", "Outcomes", "Trials and reports", "Console", "Demo");
}
