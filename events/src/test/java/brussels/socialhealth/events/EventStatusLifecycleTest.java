package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of event statuses, legal or not, against a table written by hand. */
class EventStatusLifecycleTest {

  /** The legal moves, written out by hand from the documented lifecycle. */
  private static final Set<String> LEGAL = Set.of(
      "planned->held", "planned->cancelled", "planned->postponed",
      "postponed->planned", "postponed->cancelled");

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (EventStatus from : EventStatus.values()) {
      for (EventStatus to : EventStatus.values()) {
        pairs.add(Arguments.of(from, to, LEGAL.contains(from.code() + "->" + to.code())));
      }
    }
    return pairs.stream();
  }

  /** A concertation brought to a status along a legal path. */
  private static Concertation concertationIn(EventStatus status) {
    Concertation planned = ImmutableConcertation.copyOf(Fixtures.concertation()).withStatus(EventStatus.PLANNED);
    switch (status) {
      case PLANNED:
        return planned;
      case POSTPONED:
        return planned.moveTo(EventStatus.POSTPONED);
      case HELD:
        return planned.moveTo(EventStatus.HELD);
      default:
        return planned.moveTo(EventStatus.CANCELLED);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}: legal={2}")
  @MethodSource("everyPair")
  void allowsExactlyTheDocumentedMoves(EventStatus from, EventStatus to, boolean legal) {
    Concertation concertation = concertationIn(from);
    assertThat(from.canMoveTo(to)).isEqualTo(legal);
    if (legal) {
      assertThat(concertation.moveTo(to).getStatus()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> concertation.moveTo(to))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.getCode()).isEqualTo(EventsCodes.STATUS_TRANSITION_ILLEGAL);
            assertThat(e.getLocalizedMessages().find(Language.FR)).get().asString().contains(from.code(), to.code());
            assertThat(e.getLocalizedMessages().find(Language.NL)).get().asString().contains("activiteit");
            assertThat(e.getLocalizedMessages().find(Language.EN)).get().asString().contains("cannot go from");
          });
    }
  }

  @ParameterizedTest(name = "{0} -> {1}: legal={2}")
  @MethodSource("everyPair")
  void everyEventTypeFollowsTheSameLifecycle(EventStatus from, EventStatus to, boolean legal) {
    List<Runnable> moves = List.of(
        () -> ImmutableChangeWorkshop.copyOf(Fixtures.workshop()).withStatus(from).moveTo(to),
        () -> ImmutableWorkingGroupSession.copyOf(Fixtures.session(1)).withStatus(from).moveTo(to),
        () -> ImmutablePreventionMeeting.copyOf(Fixtures.preventionMeeting()).withStatus(from).moveTo(to),
        () -> ImmutableOpenHouseWeek.copyOf(Fixtures.openHouseWeek()).withStatus(from).moveTo(to));
    for (Runnable move : moves) {
      if (legal) {
        move.run();
      } else {
        assertThatThrownBy(move::run).isInstanceOf(InvalidValueException.class);
      }
    }
  }

  @ParameterizedTest(name = "{0} -> {1}: legal={2}")
  @MethodSource("everyPair")
  void finalStatusesAllowNoMove(EventStatus from, EventStatus to, boolean legal) {
    if (from == EventStatus.HELD || from == EventStatus.CANCELLED) {
      assertThat(from.isFinal()).isTrue();
      assertThat(legal).isFalse();
    } else {
      assertThat(from.isFinal()).isFalse();
    }
  }
}
