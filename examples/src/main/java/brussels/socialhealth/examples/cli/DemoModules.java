package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.CriterionResult;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.InformationPointLabel;
import brussels.socialhealth.directory.LabelAssessment;
import brussels.socialhealth.directory.LabelBalance;
import brussels.socialhealth.directory.Need;
import brussels.socialhealth.directory.Orientation;
import brussels.socialhealth.directory.OrientationResult;
import brussels.socialhealth.directory.Reason;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.ServiceQuery;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.directory.UnitBalance;
import brussels.socialhealth.events.CaseStatus;
import brussels.socialhealth.events.Concertation;
import brussels.socialhealth.events.EventsDocument;
import brussels.socialhealth.events.HelpdeskActivityReport;
import brussels.socialhealth.events.HelpdeskChannel;
import brussels.socialhealth.events.ImmutableOpenHouseWeek;
import brussels.socialhealth.events.OpenHouseRules;
import brussels.socialhealth.events.OpenHouseWeek;
import brussels.socialhealth.events.OrientationDelay;
import brussels.socialhealth.events.RankedUnmetNeed;
import brussels.socialhealth.events.VisitorRegistration;
import brussels.socialhealth.examples.ExamplesCodes;
import brussels.socialhealth.examples.sample.SampleDirectory;
import brussels.socialhealth.examples.sample.SampleEvents;
import brussels.socialhealth.examples.sample.SampleHelpdesk;
import brussels.socialhealth.territory.AnswerStatus;
import brussels.socialhealth.territory.BassinAnswer;
import brussels.socialhealth.territory.BassinCode;
import brussels.socialhealth.territory.Confidence;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sections of {@code socialhealth demo} beyond the core types: territory, directory, events and
 * import. Each one runs on the embedded fictional data and prints a titled section of a few lines in the
 * user's language, through the {@link DemoCommand} that owns the output. The output depends only on the
 * command's options.
 *
 * <p>Not thread-safe (it prints to the command's writer); one instance per run.
 */
final class DemoModules {
  /** The places asked to the territory, each showing one kind of answer. */
  static final List<String> TERRITORY_QUERIES = List.of("1160", "1040", "1040 Etterbeek", "1300", "St-Gilles");
  /** The theme of the search of the directory section. */
  static final Theme SEARCH_THEME = Theme.DEBT;
  /** Where the search of the directory section looks. */
  static final String SEARCH_PLACE = "Etterbeek";
  /** The need of the orientation of the directory section. */
  static final Theme ORIENT_THEME = Theme.MENTAL_HEALTH;
  /** Where the orientation of the directory section starts. */
  static final String ORIENT_PLACE = "Auderghem";
  /** The bassin of the helpdesk report. */
  static final TerritoryRef HELPDESK_BASSIN = SampleDirectory.BASSIN;
  /** The first day of the helpdesk report. */
  static final LocalDate HELPDESK_FROM = LocalDate.of(2024, 1, 1);
  /** The last day of the helpdesk report. */
  static final LocalDate HELPDESK_TO = LocalDate.of(2024, 12, 31);

  private static final String INDENT = "   ";
  private static final int RESULTS_PER_LEVEL = 2;
  private static final int SEARCH_LINES = 3;
  private static final int UNMET_NEEDS = 3;

  private final DemoCommand command;
  private final PrintWriter out;
  private final Language language;

  DemoModules(DemoCommand command) {
    this.command = command;
    this.out = command.writer();
    this.language = command.lang();
  }

  private void line(int depth, String code, Object... arguments) {
    out.println(INDENT.repeat(depth) + command.text(code, arguments));
  }

  /** The territory: which bassin serves a few places, and a name with an abbreviation. */
  void showTerritory() {
    line(0, ExamplesCodes.DEMO_SECTION_TERRITORY);
    Territory territory = Territory.embedded();
    line(1, ExamplesCodes.DEMO_TERRITORY_DATA, territory.communes().size(), territory.bassins().size(),
        territory.version());
    for (String query : TERRITORY_QUERIES) {
      TerritoryCommand.Lookup lookup = TerritoryCommand.lookup(territory, query);
      String units = lookup.units.isEmpty() ? command.text(ExamplesCodes.TERRITORY_NO_UNIT)
          : lookup.units.stream().map(ref -> territory.nameOf(ref, language) + " (" + ref + ")")
              .collect(Collectors.joining(", "));
      line(1, ExamplesCodes.DEMO_TERRITORY_QUERY, query, units);
      BassinAnswer answer = lookup.answer;
      if (answer.getStatus() == AnswerStatus.FOUND) {
        line(2, ExamplesCodes.TERRITORY_BASSIN_FOUND, bassinName(territory, answer.getBassin().get()),
            confidence(answer.getConfidence().get()));
      } else if (answer.getStatus() == AnswerStatus.AMBIGUOUS) {
        line(2, ExamplesCodes.TERRITORY_BASSIN_AMBIGUOUS, answer.getCandidates().stream()
            .map(b -> bassinName(territory, b)).collect(Collectors.joining(", ")));
      } else {
        line(2, ExamplesCodes.TERRITORY_BASSIN_UNKNOWN);
      }
      line(2, ExamplesCodes.TERRITORY_REASON, answer.getReason(), answer.getMessage().get(language));
    }
    out.println();
  }

  private String bassinName(Territory territory, BassinCode code) {
    return territory.bassin(code).getNames().get(language);
  }

  private String confidence(Confidence confidence) {
    switch (confidence) {
      case HIGH:
        return command.text(ExamplesCodes.TERRITORY_CONFIDENCE_HIGH);
      case MEDIUM:
        return command.text(ExamplesCodes.TERRITORY_CONFIDENCE_MEDIUM);
      default:
        return command.text(ExamplesCodes.TERRITORY_CONFIDENCE_LOW);
    }
  }

  /** The sample directory: its size, a search, an orientation and a label assessment. */
  void showDirectory() {
    line(0, ExamplesCodes.DEMO_SECTION_DIRECTORY);
    Territory territory = Territory.embedded();
    Directory directory = SampleDirectory.load();
    line(1, ExamplesCodes.DEMO_DIRECTORY_SIZE, directory.getOrganisations().size(), directory.getSites().size(),
        directory.getServices().size(), directory.getProfessionals().size(), directory.getLinks().size(),
        territory.nameOf(SampleDirectory.BASSIN, language));

    TerritoryRef searchPlace = OrientCommand.resolvePlace(SEARCH_PLACE, territory);
    List<Service> found = directory.search(ServiceQuery.builder().addThemes(SEARCH_THEME)
        .addTerritories(searchPlace).build());
    line(1, ExamplesCodes.DEMO_DIRECTORY_SEARCH, SEARCH_THEME.getLabel(language),
        territory.nameOf(searchPlace, language), found.size());
    for (Service service : found.subList(0, Math.min(SEARCH_LINES, found.size()))) {
      line(2, ExamplesCodes.DEMO_DIRECTORY_SERVICE, service.getNames().get(language),
          directory.nameOf(service.getOrganisationId(), language));
    }

    showOrientation(directory, territory);
    showLabel(directory, territory);
    out.println();
  }

  private void showOrientation(Directory directory, Territory territory) {
    TerritoryRef place = OrientCommand.resolvePlace(ORIENT_PLACE, territory);
    List<OrientationResult> results = Orientation.of(directory, territory).orient(Need.of(ORIENT_THEME), place);
    line(1, ExamplesCodes.DEMO_DIRECTORY_ORIENT, ORIENT_THEME.getLabel(language),
        territory.nameOf(place, language), results.size());
    Map<TerritorialLevel, List<OrientationResult>> byLevel = new LinkedHashMap<>();
    for (OrientationResult result : results) {
      byLevel.computeIfAbsent(result.getLevel(), level -> new java.util.ArrayList<>()).add(result);
    }
    for (Map.Entry<TerritorialLevel, List<OrientationResult>> level : byLevel.entrySet()) {
      List<OrientationResult> shown = level.getValue().subList(0, Math.min(RESULTS_PER_LEVEL, level.getValue().size()));
      for (OrientationResult result : shown) {
        line(2, ExamplesCodes.DEMO_DIRECTORY_ORIENT_RESULT, result.getRank(), level.getKey().label().get(language),
            result.getService().getNames().get(language),
            directory.nameOf(result.getService().getOrganisationId(), language));
        for (Reason reason : result.getReasons()) {
          out.println(INDENT.repeat(3) + "- " + reason.getMessage().get(language));
        }
      }
      if (level.getValue().size() > shown.size()) {
        line(2, ExamplesCodes.DEMO_DIRECTORY_ORIENT_MORE, level.getValue().size() - shown.size(),
            level.getKey().label().get(language));
      }
    }
  }

  private void showLabel(Directory directory, Territory territory) {
    InformationPointLabel label = InformationPointLabel.of(directory);
    List<LabelAssessment> assessments = directory.getServices().stream()
        .filter(service -> service.getThemes().contains(Theme.INFORMATION_ORIENTATION))
        .map(label::assess)
        .collect(Collectors.toList());
    Optional<LabelAssessment> granted = assessments.stream().filter(LabelAssessment::isGranted).findFirst();
    LabelAssessment shown = granted.orElse(assessments.get(0));
    Service service = directory.findService(shown.getServiceId()).orElseThrow();
    line(1, ExamplesCodes.DEMO_DIRECTORY_LABEL, service.getNames().get(language),
        directory.nameOf(service.getOrganisationId(), language), shown.getOutcome().label().get(language));
    for (CriterionResult result : shown.getResults()) {
      line(2, ExamplesCodes.DEMO_DIRECTORY_LABEL_CRITERION, result.getCriterion().label().get(language),
          result.getOutcome().label().get(language), result.getReason().getMessage().get(language));
    }
    LabelBalance balance = label.balance(SampleDirectory.BASSIN, territory);
    long labelled = balance.getUnits().stream().filter(unit -> !unit.getLabelledServiceIds().isEmpty()).count();
    String missing = balance.getUnits().stream().filter(unit -> unit.getLabelledServiceIds().isEmpty())
        .map(UnitBalance::getUnit).map(ref -> territory.nameOf(ref, language)).collect(Collectors.joining(", "));
    line(1, ExamplesCodes.DEMO_DIRECTORY_LABEL_BALANCE, assessments.stream().filter(LabelAssessment::isGranted).count(),
        assessments.size(), labelled, balance.getUnits().size(), missing.isEmpty() ? "-" : missing);
  }

  /** The sample events, the open-house rules and the helpdesk activity report. */
  void showEvents() {
    line(0, ExamplesCodes.DEMO_SECTION_EVENTS);
    EventsDocument document = SampleEvents.document();
    line(1, ExamplesCodes.DEMO_EVENTS_COUNT, document.allEvents().size(), document.getConcertations().size(),
        document.getChangeWorkshops().size(), document.getWorkingGroups().size(),
        document.getPreventionMeetings().size(), document.getOpenHouseWeeks().size(),
        document.getWorkingGroups().stream().mapToInt(group -> group.getSessions().size()).sum());
    Concertation concertation = document.getConcertations().get(0);
    line(1, ExamplesCodes.DEMO_EVENTS_CONCERTATION, concertation.getTitle().get(language),
        concertation.getStart().toLocalDate(), concertation.getBassins().stream().map(TerritoryRef::toString)
            .sorted().collect(Collectors.joining(", ")));
    concertation.getRecord().ifPresent(record -> line(2, ExamplesCodes.DEMO_EVENTS_RECORD,
        record.getParticipantCount(), record.getParticipantSectors().size(), record.getKeyPoints().size(),
        record.getExpectations().size(), record.getFollowUpActions().size()));
    for (OpenHouseWeek week : document.getOpenHouseWeeks()) {
      ValidationReport report = OpenHouseRules.check(week);
      int slots = week.getHosts().stream().mapToInt(host -> host.getSlots().size()).sum();
      line(1, ExamplesCodes.DEMO_EVENTS_WEEK, week.getEditionName().get(language), week.getStart().toLocalDate(),
          week.getEnd().toLocalDate(), week.getHosts().size(), slots, week.getRegistrations().size(),
          command.yes(report.isValid()), report.getErrorCount(), report.getWarningCount());
      report.getViolations().forEach(this::violation);
    }
    OpenHouseWeek week = document.getOpenHouseWeeks().get(0);
    week.getRegistrations().stream().findFirst().ifPresent(first -> {
      LocalDate late = week.getVisitorWindow().getCloses().plusDays(1);
      OpenHouseWeek candidate = ImmutableOpenHouseWeek.builder().from(week)
          .addRegistration(VisitorRegistration.of(first.getVisitor(), first.getSlotId(), late)).build();
      ValidationReport report = OpenHouseRules.check(candidate);
      line(1, ExamplesCodes.DEMO_EVENTS_LATE, first.getSlotId(), late, command.yes(report.isValid()));
      report.getViolations().forEach(this::violation);
    });
    showHelpdesk();
    out.println();
  }

  private void showHelpdesk() {
    HelpdeskActivityReport report = HelpdeskActivityReport.of(HELPDESK_BASSIN, HELPDESK_FROM, HELPDESK_TO,
        SampleHelpdesk.year2024());
    line(1, ExamplesCodes.DEMO_HELPDESK_REPORT, HELPDESK_BASSIN, HELPDESK_FROM, HELPDESK_TO,
        SampleHelpdesk.year2024().size(), report.getCaseCount());
    line(2, ExamplesCodes.DEMO_HELPDESK_CHANNELS,
        counts(report.getByChannel(), code -> HelpdeskChannel.parse(code).label()));
    line(2, ExamplesCodes.DEMO_HELPDESK_STATUS,
        counts(report.getByStatus(), code -> CaseStatus.parse(code).label()));
    OrientationDelay delay = report.getTimeToFirstOrientation();
    line(2, ExamplesCodes.DEMO_HELPDESK_DELAY, delay.getOrientedCases(), duration(delay.getMedianMinutes()),
        duration(delay.getP90Minutes()));
    line(2, ExamplesCodes.DEMO_HELPDESK_UNMET);
    for (RankedUnmetNeed need : report.getUnmetNeeds().subList(0, Math.min(UNMET_NEEDS, report.getUnmetNeeds().size()))) {
      line(3, ExamplesCodes.DEMO_HELPDESK_UNMET_LINE, need.getCount(),
          need.getTheme().map(theme -> theme.getLabel(language)).orElse("-"),
          need.getReason().label().get(language));
    }
  }

  /** The counts of a report keyed by the codes of a closed list, each code shown as its label. */
  private String counts(Map<String, Integer> counts, Function<String, LocalizedText> label) {
    return counts.entrySet().stream()
        .map(entry -> label.apply(entry.getKey()).get(language) + " " + entry.getValue())
        .collect(Collectors.joining(", "));
  }

  private String duration(Optional<Long> minutes) {
    if (minutes.isEmpty()) {
      return "-";
    }
    long value = minutes.get();
    return command.text(ExamplesCodes.DEMO_HELPDESK_DURATION, value / (24 * 60), value / 60 % 24, value % 60);
  }

  /** The import of the two fictional partner exports, with their reports. */
  void showImport() throws IOException {
    line(0, ExamplesCodes.DEMO_SECTION_IMPORT);
    StringWriter reports = new StringWriter();
    Directory merged = ImportCommand.importSamplePartners(new PrintWriter(reports), language);
    for (String report : reports.toString().split("\n")) {
      out.println(report.isEmpty() ? "" : INDENT + report);
    }
    line(1, ExamplesCodes.DEMO_IMPORT_MERGED, merged.getOrganisations().size(), merged.getSites().size());
    out.println();
  }

  private void violation(Violation violation) {
    String severity = command.text(violation.isError() ? ExamplesCodes.SEVERITY_ERROR : ExamplesCodes.SEVERITY_WARNING);
    line(2, ExamplesCodes.EVENTS_CHECK_VIOLATION, severity, violation.getCode(), violation.getPath(),
        violation.getMessage().get(language));
  }
}
