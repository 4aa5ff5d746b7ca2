package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The activity report over a small fixture whose figures are computed by hand below. Period: January to
 * March 2024, bassin Sud-Est. Brussels is UTC+1 in winter and UTC+2 from 31 March 2024 01:00 UTC.
 */
class HelpdeskActivityReportTest {
  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 3, 31);

  private static HelpdeskCase received(String id, TerritoryRef bassin, String at, HelpdeskChannel channel,
      Optional<String> sector, List<String> themes, List<String> publics, Optional<TerritoryRef> place) {
    ImmutableRequester.Builder requester = Requester.builder().organisationName("Organisation fictive");
    sector.map(Sector::parse).ifPresent(requester::sector);
    return HelpdeskCase.builder()
        .id(id)
        .bassin(bassin)
        .receivedAt(Instant.parse(at))
        .channel(channel)
        .requester(requester.build())
        .situation(CaseSituation.builder()
            .addAllThemes(themes.stream().map(Theme::parse).collect(Collectors.toList()))
            .addAllPublics(publics.stream().map(TargetPublic::parse).collect(Collectors.toList()))
            .place(place).build())
        .build();
  }

  private static Orientation orientation(HelpdeskCase helpdeskCase, long minutesAfter, OrientationOutcome outcome) {
    return Orientation.builder()
        .serviceId("svc.fictif")
        .proposedAt(helpdeskCase.getReceivedAt().plus(Duration.ofMinutes(minutesAfter)))
        .outcome(outcome)
        .build();
  }

  static List<HelpdeskCase> fixture() {
    TerritoryRef sudEst = Fixtures.SUD_EST;
    HelpdeskCase c1 = received("c1", sudEst, "2024-01-10T08:00:00Z", HelpdeskChannel.PHONE, Optional.of("health"),
        List.of("mental-health", "housing"), List.of("elderly"), Optional.of(TerritoryRef.commune("21005")));
    c1 = c1.orient(orientation(c1, 60, OrientationOutcome.ACCEPTED));

    HelpdeskCase c2 = received("c2", sudEst, "2024-01-20T10:00:00Z", HelpdeskChannel.EMAIL, Optional.of("social"),
        List.of("mental-health"), List.of(), Optional.of(TerritoryRef.commune("21005")));
    c2 = c2.orient(orientation(c2, 180, OrientationOutcome.WAITING_LIST))
        .recordUnmetNeed(UnmetNeed.of(UnmetNeedReason.WAITING_LIST, Theme.MENTAL_HEALTH))
        .moveTo(CaseStatus.CLOSED, Instant.parse("2024-02-01T10:00:00Z"));

    HelpdeskCase c3 = received("c3", sudEst, "2024-02-05T13:00:00Z", HelpdeskChannel.PHONE, Optional.empty(),
        List.of("housing"), List.of("newcomers"), Optional.empty());
    c3 = c3.orient(orientation(c3, 2880, OrientationOutcome.REFUSED))
        .orient(orientation(c3, 1440, OrientationOutcome.NO_ANSWER))
        .recordUnmetNeed(UnmetNeed.of(UnmetNeedReason.COST, Theme.HOUSING));

    // 22:30 UTC on 29 February is 23:30 in Brussels: still February
    HelpdeskCase c4 = received("c4", sudEst, "2024-02-29T22:30:00Z", HelpdeskChannel.IN_PERSON,
        Optional.of("health"), List.of("mental-health"), List.of("elderly"),
        Optional.of(TerritoryRef.of(brussels.socialhealth.territory.TerritorialLevel.NEIGHBOURHOOD, "12")));
    c4 = c4.orient(orientation(c4, 30, OrientationOutcome.PENDING))
        .recordUnmetNeed(UnmetNeed.of(UnmetNeedReason.WAITING_LIST, Theme.MENTAL_HEALTH))
        .recordUnmetNeed(UnmetNeed.builder().reason(UnmetNeedReason.LANGUAGE).build());

    // 21:30 UTC on 31 March is 23:30 summer time in Brussels: still in the period
    HelpdeskCase c5 = received("c5", sudEst, "2024-03-31T21:30:00Z", HelpdeskChannel.PHONE, Optional.of("social"),
        List.of(), List.of(), Optional.of(TerritoryRef.commune("21002")))
        .moveTo(CaseStatus.CANCELLED, Instant.parse("2024-04-01T08:00:00Z"));

    HelpdeskCase c6 = received("c6", sudEst, "2024-03-15T09:00:00Z", HelpdeskChannel.EMAIL, Optional.of("health"),
        List.of("housing", "mental-health"), List.of(), Optional.of(TerritoryRef.commune("21019")))
        .moveTo(CaseStatus.IN_ANALYSIS, Instant.parse("2024-03-15T09:30:00Z"));
    c6 = c6.orient(orientation(c6, 600, OrientationOutcome.ACCEPTED));

    // Left out: another bassin, 00:30 on 1 April in Brussels, 23:59 on 31 December 2023 in Brussels
    HelpdeskCase otherBassin = received("x1", Fixtures.SUD, "2024-02-01T10:00:00Z", HelpdeskChannel.OTHER,
        Optional.of("culture"), List.of("debt"), List.of("young-people"), Optional.empty());
    HelpdeskCase april = received("x2", sudEst, "2024-03-31T22:30:00Z", HelpdeskChannel.OTHER,
        Optional.of("culture"), List.of("debt"), List.of("young-people"), Optional.empty());
    HelpdeskCase lastYear = received("x3", sudEst, "2023-12-31T22:59:00Z", HelpdeskChannel.OTHER,
        Optional.of("culture"), List.of("debt"), List.of("young-people"), Optional.empty());
    return List.of(c1, otherBassin, c2, c3, april, c4, c5, lastYear, c6);
  }

  @Test
  void countsMatchTheFiguresComputedByHand() {
    HelpdeskActivityReport report = HelpdeskActivityReport.of(Fixtures.SUD_EST, FROM, TO, fixture());
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(report.getCaseCount()).isEqualTo(6);
    soft.assertThat(report.getByMonth()).containsExactly(entry("2024-01", 2), entry("2024-02", 2), entry("2024-03", 2));
    soft.assertThat(report.getByChannel()).containsExactly(
        entry("phone", 3), entry("email", 2), entry("in-person", 1), entry("other", 0));
    soft.assertThat(report.getByStatus()).containsExactly(entry("received", 0), entry("in-analysis", 0),
        entry("oriented", 4), entry("followed-up", 0), entry("closed", 1), entry("reopened", 0), entry("cancelled", 1));
    soft.assertThat(report.getByTheme()).containsExactly(entry("mental-health", 4), entry("housing", 3));
    soft.assertThat(report.getByPublic()).containsExactly(entry("elderly", 2), entry("newcomers", 1));
    soft.assertThat(report.getByRequesterSector()).containsExactly(
        entry("health", 3), entry("social", 2), entry("unknown", 1));
    soft.assertThat(report.getByCommune()).containsExactly(entry("commune:21005", 2), entry("commune:21002", 1),
        entry("commune:21019", 1), entry("neighbourhood:12", 1), entry("unknown", 1));
    soft.assertAll();
  }

  @Test
  void timeToFirstOrientationUsesTheEarliestOrientationAndNearestRank() {
    // delays in minutes: c1 60, c2 180, c3 1440 (the 1440 one, not the 2880 one), c4 30, c6 600
    // sorted: 30, 60, 180, 600, 1440; median = rank ceil(2.5) = 3 -> 180; p90 = rank ceil(4.5) = 5 -> 1440
    HelpdeskActivityReport report = HelpdeskActivityReport.of(Fixtures.SUD_EST, FROM, TO, fixture());
    assertThat(report.getTimeToFirstOrientation())
        .isEqualTo(OrientationDelay.of(5, Optional.of(180L), Optional.of(1440L)));
  }

  @Test
  void countsEveryOrientationOutcome() {
    HelpdeskActivityReport report = HelpdeskActivityReport.of(Fixtures.SUD_EST, FROM, TO, fixture());
    assertThat(report.getOrientationOutcomes()).containsExactly(entry("pending", 1), entry("contacted", 0),
        entry("accepted", 2), entry("refused", 1), entry("waiting-list", 1), entry("no-answer", 1));
  }

  @Test
  void ranksUnmetNeedsByCountThenReasonCode() {
    HelpdeskActivityReport report = HelpdeskActivityReport.of(Fixtures.SUD_EST, FROM, TO, fixture());
    assertThat(report.getUnmetNeeds()).containsExactly(
        RankedUnmetNeed.of(UnmetNeedReason.WAITING_LIST, Optional.of(Theme.MENTAL_HEALTH), 2),
        RankedUnmetNeed.of(UnmetNeedReason.COST, Optional.of(Theme.HOUSING), 1),
        RankedUnmetNeed.of(UnmetNeedReason.LANGUAGE, Optional.empty(), 1));
  }

  @Test
  void exportsEveryFigureToCsv() {
    HelpdeskActivityReport report = HelpdeskActivityReport.of(Fixtures.SUD_EST, FROM, TO, fixture());
    String expected = String.join("\r\n",
        "section,key,detail,value",
        "report,bassin,,bassin:SUD_EST",
        "report,period-start,,2024-01-01",
        "report,period-end,,2024-03-31",
        "report,case-count,,6",
        "month,2024-01,,2",
        "month,2024-02,,2",
        "month,2024-03,,2",
        "channel,phone,,3",
        "channel,email,,2",
        "channel,in-person,,1",
        "channel,other,,0",
        "status,received,,0",
        "status,in-analysis,,0",
        "status,oriented,,4",
        "status,followed-up,,0",
        "status,closed,,1",
        "status,reopened,,0",
        "status,cancelled,,1",
        "theme,mental-health,,4",
        "theme,housing,,3",
        "public,elderly,,2",
        "public,newcomers,,1",
        "requester-sector,health,,3",
        "requester-sector,social,,2",
        "requester-sector,unknown,,1",
        "place,commune:21005,,2",
        "place,commune:21002,,1",
        "place,commune:21019,,1",
        "place,neighbourhood:12,,1",
        "place,unknown,,1",
        "time-to-first-orientation,oriented-cases,,5",
        "time-to-first-orientation,median-minutes,,180",
        "time-to-first-orientation,p90-minutes,,1440",
        "orientation-outcome,pending,,1",
        "orientation-outcome,contacted,,0",
        "orientation-outcome,accepted,,2",
        "orientation-outcome,refused,,1",
        "orientation-outcome,waiting-list,,1",
        "orientation-outcome,no-answer,,1",
        "unmet-need,waiting-list,mental-health,2",
        "unmet-need,cost,housing,1",
        "unmet-need,language,,1") + "\r\n";
    assertThat(HelpdeskReportCsv.write(report)).isEqualTo(expected);
  }

  @Test
  void quotesCsvFieldsAsRfc4180Requires() {
    assertThat(HelpdeskReportCsv.quote("plain")).isEqualTo("plain");
    assertThat(HelpdeskReportCsv.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(HelpdeskReportCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(HelpdeskReportCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void anEmptyPeriodHasZerosAndNoDelays() {
    HelpdeskActivityReport report = HelpdeskActivityReport.of(Fixtures.SUD_EST, LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 1, 31), fixture());
    assertThat(report.getCaseCount()).isZero();
    assertThat(report.getByMonth()).containsExactly(entry("2025-01", 0));
    assertThat(report.getTimeToFirstOrientation()).isEqualTo(OrientationDelay.of(0, Optional.empty(), Optional.empty()));
    assertThat(report.getUnmetNeeds()).isEmpty();
  }

  @Test
  void refusesAPeriodEndingBeforeItStarts() {
    assertThatThrownBy(() -> HelpdeskActivityReport.of(Fixtures.SUD_EST, TO, FROM, fixture()))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(EventsCodes.REPORT_PERIOD_REVERSED));
  }

  @Test
  void refusesAReferenceThatIsNotABassin() {
    assertThatThrownBy(() -> HelpdeskActivityReport.of(TerritoryRef.commune("21005"), FROM, TO, fixture()))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(EventsCodes.NOT_A_BASSIN));
  }
}
