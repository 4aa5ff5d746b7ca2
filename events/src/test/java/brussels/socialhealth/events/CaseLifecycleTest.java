package brussels.socialhealth.events;

import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of helpdesk case statuses (7 x 7), legal or not, against a table written by hand. */
class CaseLifecycleTest {

  /** The legal moves, written out by hand from the state machine of the issue. */
  private static final Set<String> LEGAL = Set.of(
      "received->in-analysis", "received->oriented", "received->cancelled",
      "in-analysis->oriented", "in-analysis->closed", "in-analysis->cancelled",
      "oriented->followed-up", "oriented->closed",
      "followed-up->oriented", "followed-up->closed",
      "closed->reopened",
      "reopened->in-analysis", "reopened->oriented", "reopened->closed");

  /** A legal path from "received" to each status, written by hand. */
  private static final Map<CaseStatus, List<CaseStatus>> PATHS = Map.of(
      CaseStatus.RECEIVED, List.of(),
      CaseStatus.IN_ANALYSIS, List.of(CaseStatus.IN_ANALYSIS),
      CaseStatus.ORIENTED, List.of(CaseStatus.IN_ANALYSIS, CaseStatus.ORIENTED),
      CaseStatus.FOLLOWED_UP, List.of(CaseStatus.ORIENTED, CaseStatus.FOLLOWED_UP),
      CaseStatus.CLOSED, List.of(CaseStatus.IN_ANALYSIS, CaseStatus.CLOSED),
      CaseStatus.REOPENED, List.of(CaseStatus.IN_ANALYSIS, CaseStatus.CLOSED, CaseStatus.REOPENED),
      CaseStatus.CANCELLED, List.of(CaseStatus.CANCELLED));

  private static final Instant T0 = Instant.parse("2024-05-06T08:00:00Z");

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (CaseStatus from : CaseStatus.values()) {
      for (CaseStatus to : CaseStatus.values()) {
        pairs.add(Arguments.of(from, to, LEGAL.contains(from.code() + "->" + to.code())));
      }
    }
    return pairs.stream();
  }

  private static HelpdeskCase received() {
    return HelpdeskCase.builder()
        .id("hd.test.1")
        .bassin(Fixtures.SUD_EST)
        .receivedAt(T0)
        .channel(HelpdeskChannel.EMAIL)
        .requester(Requester.ofOrganisation("org.exemple", Sector.SOCIAL))
        .situation(CaseSituation.builder().addTheme(Theme.HOUSING).build())
        .build();
  }

  private static HelpdeskCase caseIn(CaseStatus status) {
    HelpdeskCase helpdeskCase = received();
    Instant at = T0;
    for (CaseStatus step : PATHS.get(status)) {
      at = at.plus(Duration.ofHours(1));
      helpdeskCase = helpdeskCase.moveTo(step, at);
    }
    assertThat(helpdeskCase.getStatus()).isEqualTo(status);
    return helpdeskCase;
  }

  @ParameterizedTest(name = "{0} -> {1}: legal={2}")
  @MethodSource("everyPair")
  void allowsExactlyTheDocumentedTransitions(CaseStatus from, CaseStatus to, boolean legal) {
    HelpdeskCase helpdeskCase = caseIn(from);
    Instant at = T0.plus(Duration.ofDays(2));
    assertThat(from.canMoveTo(to)).isEqualTo(legal);
    if (legal) {
      HelpdeskCase moved = helpdeskCase.moveTo(to, at);
      assertThat(moved.getStatus()).isEqualTo(to);
      assertThat(moved.getHistory()).hasSize(helpdeskCase.getHistory().size() + 1)
          .last().isEqualTo(CaseTransition.of(from, to, at));
    } else {
      assertThatThrownBy(() -> helpdeskCase.moveTo(to, at))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.getCode()).isEqualTo(EventsCodes.CASE_TRANSITION_ILLEGAL);
            assertThat(e.getLocalizedMessages().find(Language.FR)).get().asString()
                .contains("Une demande helpdesk ne peut pas passer de « " + from.code() + " » à « " + to.code());
            assertThat(e.getLocalizedMessages().find(Language.NL)).get().asString()
                .contains("Een helpdeskvraag kan niet van \"" + from.code() + "\" naar \"" + to.code());
            assertThat(e.getLocalizedMessages().find(Language.EN)).get().asString()
                .contains("A helpdesk case cannot go from \"" + from.code() + "\" to \"" + to.code());
          });
    }
  }

  @Test
  void onlyCancelledIsFinal() {
    for (CaseStatus status : CaseStatus.values()) {
      assertThat(status.isFinal()).as(status.code()).isEqualTo(status == CaseStatus.CANCELLED);
    }
  }

  @Test
  void everyTransitionIsATimestampedEvent() {
    HelpdeskCase helpdeskCase = caseIn(CaseStatus.REOPENED);
    assertThat(helpdeskCase.getHistory()).containsExactly(
        CaseTransition.of(CaseStatus.RECEIVED, CaseStatus.IN_ANALYSIS, Instant.parse("2024-05-06T09:00:00Z")),
        CaseTransition.of(CaseStatus.IN_ANALYSIS, CaseStatus.CLOSED, Instant.parse("2024-05-06T10:00:00Z")),
        CaseTransition.of(CaseStatus.CLOSED, CaseStatus.REOPENED, Instant.parse("2024-05-06T11:00:00Z")));
  }

  @Test
  void refusesATransitionDatedBeforeThePreviousOne() {
    HelpdeskCase inAnalysis = caseIn(CaseStatus.IN_ANALYSIS);
    assertThatThrownBy(() -> inAnalysis.moveTo(CaseStatus.CLOSED, T0.minusSeconds(1)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(EventsCodes.CASE_TIME_ORDER));
  }

  @Test
  void refusesAHistoryThatIsNotALegalChain() {
    assertThatThrownBy(() -> ImmutableHelpdeskCase.copyOf(received()).withHistory(
            CaseTransition.of(CaseStatus.RECEIVED, CaseStatus.CLOSED, T0.plusSeconds(60))))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(EventsCodes.CASE_HISTORY_INVALID));
    assertThatThrownBy(() -> ImmutableHelpdeskCase.copyOf(received()).withHistory(
            CaseTransition.of(CaseStatus.IN_ANALYSIS, CaseStatus.CLOSED, T0.plusSeconds(60))))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(EventsCodes.CASE_HISTORY_INVALID));
  }

  @Test
  void orientingMovesTheCaseToOrientedOnce() {
    HelpdeskCase oriented = received()
        .orient(Orientation.toService("svc.a", T0.plusSeconds(600)))
        .orient(Orientation.toService("svc.b", T0.plusSeconds(900)));
    assertThat(oriented.getStatus()).isEqualTo(CaseStatus.ORIENTED);
    assertThat(oriented.getHistory()).hasSize(1);
    assertThat(oriented.getOrientations()).hasSize(2);
    assertThat(oriented.timeToFirstOrientation()).contains(Duration.ofMinutes(10));
  }
}
