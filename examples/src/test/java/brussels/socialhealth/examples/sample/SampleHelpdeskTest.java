package brussels.socialhealth.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.events.EventsLimits;
import brussels.socialhealth.events.HelpdeskActivityReport;
import brussels.socialhealth.events.HelpdeskCase;
import brussels.socialhealth.events.HelpdeskCasesDocument;
import brussels.socialhealth.events.HelpdeskRules;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleHelpdeskTest {

  @Test
  void holdsAtLeastThreeHundredCasesOverEveryMonthOf2024() {
    List<HelpdeskCase> cases = SampleHelpdesk.year2024();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
    Set<YearMonth> months = cases.stream()
        .map(c -> YearMonth.from(c.getReceivedAt().atZone(EventsLimits.ZONE)))
        .collect(Collectors.toSet());
    assertThat(months).hasSize(12).allMatch(month -> month.getYear() == 2024);
  }

  @Test
  void requestersAndOrientationsReferToTheSampleDirectory() {
    Directory directory = SampleDirectory.load();
    for (HelpdeskCase helpdeskCase : SampleHelpdesk.year2024()) {
      helpdeskCase.getRequester().getOrganisationId()
          .ifPresent(id -> assertThat(directory.findOrganisation(id)).as(id).isPresent());
      helpdeskCase.getOrientations().forEach(orientation -> assertThat(
          directory.findService(orientation.getServiceId().orElseThrow())).as(orientation.toString()).isPresent());
    }
  }

  @Test
  void everyCaseKeepsTheTerritoryRules() {
    Territory territory = Territory.embedded();
    for (HelpdeskCase helpdeskCase : SampleHelpdesk.year2024()) {
      assertThat(HelpdeskRules.check(helpdeskCase, territory).getViolations()).as(helpdeskCase.getId()).isEmpty();
    }
  }

  @Test
  void theSameSeedGivesTheSameCases() {
    assertThat(ExampleJson.compact(HelpdeskCasesDocument.of(SampleHelpdesk.year2024())))
        .isEqualTo(ExampleJson.compact(HelpdeskCasesDocument.of(SampleHelpdesk.year2024())));
    assertThat(SampleHelpdesk.generate(50, 7, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .isNotEqualTo(SampleHelpdesk.generate(50, 8, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
  }

  @Test
  void casesReadBackFromJsonEqual() {
    HelpdeskCasesDocument document = HelpdeskCasesDocument.of(SampleHelpdesk.year2024());
    assertThat(ExampleJson.read(ExampleJson.compact(document), HelpdeskCasesDocument.class)).isEqualTo(document);
  }

  @Test
  void casesHoldNoConfidentialNotesAndUniqueIds() {
    List<HelpdeskCase> cases = SampleHelpdesk.year2024();
    assertThat(cases).allMatch(c -> c.getConfidentialNotes().isEmpty());
    assertThat(cases.stream().map(HelpdeskCase::getId).distinct().count()).isEqualTo(cases.size());
  }

  @Test
  void theYearReportOfSudEstCountsItsCasesAndOrientations() {
    List<HelpdeskCase> cases = SampleHelpdesk.year2024();
    TerritoryRef sudEst = TerritoryRef.bassin("SUD_EST");
    HelpdeskActivityReport report = HelpdeskActivityReport.of(sudEst, LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 12, 31), cases);
    long expected = cases.stream().filter(c -> c.getBassin().equals(sudEst)).count();
    assertThat(report.getCaseCount()).isEqualTo((int) expected);
    assertThat(report.getByMonth().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo((int) expected);
    assertThat(report.getTimeToFirstOrientation().getOrientedCases()).isPositive();
    assertThat(report.getUnmetNeeds()).isNotEmpty();
  }
}
