package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.function.Executable;

/** Values that cannot exist fail at construction with a stable code. */
class ConstructionTest {

  static Stream<Arguments> impossibleValues() {
    Concertation valid = Fixtures.concertation();
    return Stream.of(
        Arguments.of("upper-case id", EventsCodes.ID_INVALID,
            (Executable) () -> Concertation.builder().from(valid).id("Sud-Est.CT").build()),
        Arguments.of("end before start", EventsCodes.END_BEFORE_START,
            (Executable) () -> Concertation.builder().from(valid).end(valid.getStart().minusMinutes(1)).build()),
        Arguments.of("commune as bassin", EventsCodes.NOT_A_BASSIN,
            (Executable) () -> Concertation.builder().from(valid).bassins(java.util.Set.of(TerritoryRef.commune("21009")))
                .build()),
        Arguments.of("no bassin", EventsCodes.NO_BASSIN,
            (Executable) () -> Concertation.builder().from(valid).bassins(java.util.Set.of()).build()),
        Arguments.of("edition zero", EventsCodes.NUMBER_INVALID,
            (Executable) () -> Concertation.builder().from(valid).edition(0).build()),
        Arguments.of("negative participants", EventsCodes.COUNT_INVALID,
            (Executable) () -> MeetingRecord.builder().participantCount(-1).build()),
        Arguments.of("site place with a URL", EventsCodes.PLACE_INCOMPLETE,
            (Executable) () -> EventPlace.builder().kind(PlaceKind.SITE).siteId("site.a")
                .url(brussels.socialhealth.core.WebAddress.parse("https://a.example")).build()),
        Arguments.of("online place without URL", EventsCodes.PLACE_INCOMPLETE,
            (Executable) () -> EventPlace.builder().kind(PlaceKind.ONLINE).build()),
        Arguments.of("address place without address", EventsCodes.PLACE_INCOMPLETE,
            (Executable) () -> EventPlace.builder().kind(PlaceKind.ADDRESS).siteId("site.a").build()),
        Arguments.of("slot of capacity 0", EventsCodes.COUNT_INVALID,
            (Executable) () -> VisitSlot.of("slot.a", LocalDateTime.of(2024, 12, 2, 9, 0),
                LocalDateTime.of(2024, 12, 2, 10, 0), 0)),
        Arguments.of("session of another group", EventsCodes.SESSION_MISMATCH,
            (Executable) () -> WorkingGroup.builder().from(Fixtures.workingGroup()).id("sud.other").build()),
        Arguments.of("session number repeated", EventsCodes.SESSION_MISMATCH,
            (Executable) () -> WorkingGroup.builder().from(Fixtures.workingGroup()).addSession(
                WorkingGroupSession.builder().from(Fixtures.session(1)).id("sud.gt-prevention.s1bis").build()).build()),
        Arguments.of("requester without organisation", EventsCodes.REQUESTER_INCOMPLETE,
            (Executable) () -> Requester.builder().function("infirmier").sector(Sector.HEALTH).build()),
        Arguments.of("orientation without target", EventsCodes.ORIENTATION_TARGET_MISSING,
            (Executable) () -> Orientation.builder().proposedAt(Instant.EPOCH).build()),
        Arguments.of("case place at the statistical sector", EventsCodes.CASE_PLACE_TOO_PRECISE,
            (Executable) () -> CaseSituation.builder().place(TerritoryRef.of(TerritorialLevel.SECTOR, "21015A77")).build()),
        Arguments.of("orientation before reception", EventsCodes.CASE_TIME_ORDER,
            (Executable) () -> Fixtures.helpdeskCase().orient(Orientation.toService("svc.a", Fixtures.RECEIVED.minusSeconds(1)))),
        Arguments.of("case bassin is a commune", EventsCodes.NOT_A_BASSIN,
            (Executable) () -> ImmutableHelpdeskCase.copyOf(Fixtures.helpdeskCase()).withBassin(TerritoryRef.commune("21009"))),
        Arguments.of("unknown schema version", EventsCodes.SCHEMA_VERSION_UNSUPPORTED,
            (Executable) () -> EventsDocument.builder().schemaVersion(2).build()),
        Arguments.of("unknown channel", EventsCodes.CODE_UNKNOWN, (Executable) () -> HelpdeskChannel.parse("fax")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("impossibleValues")
  void rejectsValuesThatCannotExistWithAStableCode(String what, String code, Executable construction) {
    assertThatThrownBy(construction::execute)
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getCode()).isEqualTo(code);
          assertThat(e.getLocalizedMessages().hasOfficialLanguages()).isTrue();
        });
  }

  @Test
  void aCoarsePlaceMayBeACommuneANeighbourhoodGroupingOrABassin() {
    for (TerritoryRef place : new TerritoryRef[] {TerritoryRef.commune("21009"),
        TerritoryRef.of(TerritorialLevel.NEIGHBOURHOOD, "12"), Fixtures.SUD_EST}) {
      assertThat(CaseSituation.builder().place(place).build().getPlace()).contains(place);
    }
  }

  @Test
  void eventTimesAreReadInBrussels() {
    Concertation summer = Fixtures.concertation();
    assertThat(summer.zonedStart().getOffset().getTotalSeconds()).isEqualTo(7200);
    Concertation winter = Concertation.of("a", LocalizedText.of("a", "a"), Fixtures.SUD, LocalDateTime.of(2024, 1, 5, 9, 0),
        LocalDateTime.of(2024, 1, 5, 10, 0), Theme.PREVENTION_HEALTH_PROMOTION, 1);
    assertThat(winter.zonedStart().toInstant()).isEqualTo(Instant.parse("2024-01-05T08:00:00Z"));
  }

  @Test
  void eventsDocumentListsEveryEventInOrder() {
    assertThat(Fixtures.eventsDocument().allEvents()).extracting(Event::getId).containsExactly(
        "sud-est.adc.4", "sud-est.ct-mental-health.1", "sud.gt-prevention.s1", "sud.gt-prevention.s2",
        "sud-est.rv-prevention.2024-11", "sud-est.po.2024");
  }

  @Test
  void aWindowContainsBothItsEnds() {
    RegistrationWindow window = RegistrationWindow.of(LocalDate.of(2024, 5, 21), LocalDate.of(2024, 8, 31));
    assertThat(window.contains(LocalDate.of(2024, 5, 21))).isTrue();
    assertThat(window.contains(LocalDate.of(2024, 8, 31))).isTrue();
    assertThat(window.contains(LocalDate.of(2024, 9, 1))).isFalse();
    assertThat(window.contains(LocalDate.of(2024, 5, 20))).isFalse();
  }
}
