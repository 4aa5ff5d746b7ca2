package brussels.socialhealth.events;

import brussels.socialhealth.core.GoldenJson;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every serialised type of the module, written identically by Jackson 3 and 2 and read back equal. */
class GoldenJsonTest {

  static Stream<Arguments> everyType() {
    OpenHouseWeek week = Fixtures.openHouseWeek();
    HelpdeskCase helpdeskCase = Fixtures.helpdeskCase();
    HelpdeskActivityReport report = HelpdeskActivityReport.of(Fixtures.SUD_EST, LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 4, 30), List.of(helpdeskCase));
    return Stream.of(
        Arguments.of("concertation", Fixtures.concertation(), Concertation.class),
        Arguments.of("meeting-record", Fixtures.record(), MeetingRecord.class),
        Arguments.of("expectation", Fixtures.record().getExpectations().get(0), Expectation.class),
        Arguments.of("follow-up-action", Fixtures.record().getFollowUpActions().get(0), FollowUpAction.class),
        Arguments.of("change-workshop", Fixtures.workshop(), ChangeWorkshop.class),
        Arguments.of("working-group", Fixtures.workingGroup(), WorkingGroup.class),
        Arguments.of("working-group-session", Fixtures.session(1), WorkingGroupSession.class),
        Arguments.of("prevention-meeting", Fixtures.preventionMeeting(), PreventionMeeting.class),
        Arguments.of("event-place-site", EventPlace.site("site.tilleuls"), EventPlace.class),
        Arguments.of("event-place-address", Fixtures.workshop().getPlace().orElseThrow(), EventPlace.class),
        Arguments.of("event-place-online", Fixtures.session(1).getPlace().orElseThrow(), EventPlace.class),
        Arguments.of("open-house-week", week, OpenHouseWeek.class),
        Arguments.of("registration-window", week.getHostWindow(), RegistrationWindow.class),
        Arguments.of("open-house-host", week.getHosts().get(0), OpenHouseHost.class),
        Arguments.of("visit-slot", week.getHosts().get(1).getSlots().get(0), VisitSlot.class),
        Arguments.of("visitor-registration", week.getRegistrations().get(1), VisitorRegistration.class),
        Arguments.of("visitor", week.getRegistrations().get(0).getVisitor(), Visitor.class),
        Arguments.of("professional-contact", week.getRegistrations().get(1).getVisitor().getContact().orElseThrow(),
            ProfessionalContact.class),
        Arguments.of("events-document", Fixtures.eventsDocument(), EventsDocument.class),
        Arguments.of("helpdesk-case", helpdeskCase, HelpdeskCase.class),
        Arguments.of("requester", Requester.described("Maison d'accueil fictive", "éducatrice", Sector.SOCIAL),
            Requester.class),
        Arguments.of("case-situation", helpdeskCase.getSituation(), CaseSituation.class),
        Arguments.of("orientation", helpdeskCase.getOrientations().get(0), Orientation.class),
        Arguments.of("unmet-need", helpdeskCase.getUnmetNeeds().get(0), UnmetNeed.class),
        Arguments.of("case-transition", helpdeskCase.getHistory().get(0), CaseTransition.class),
        Arguments.of("helpdesk-cases-document", HelpdeskCasesDocument.of(List.of(helpdeskCase)),
            HelpdeskCasesDocument.class),
        Arguments.of("helpdesk-activity-report", report, HelpdeskActivityReport.class),
        Arguments.of("orientation-delay", report.getTimeToFirstOrientation(), OrientationDelay.class),
        Arguments.of("ranked-unmet-need", report.getUnmetNeeds().get(0), RankedUnmetNeed.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  <T> void writesIdenticalGoldenJsonUnderBothJacksonLines(String name, T value, Class<T> type) {
    GoldenJson.assertGolden(getClass(), name, value, type);
  }
}
