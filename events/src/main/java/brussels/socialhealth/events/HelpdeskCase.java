package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.events.internal.Checks;
import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request to a bassin helpdesk: a professional facing a complex situation asks for support and
 * orientation. The case records the bassin, when and how the request came in, the
 * {@linkplain #getRequester() professional who asked}, the {@linkplain #getSituation() situation}
 * described without identifying the beneficiary, the {@linkplain #getOrientations() orientations}
 * proposed and their outcomes, the {@linkplain #getUnmetNeeds() unmet needs} (for advocacy), and its
 * {@linkplain #getHistory() history} of status changes.
 *
 * <p><b>Privacy.</b> No attribute can hold a beneficiary's name, birth date, national register number,
 * address or contact. The only free text, {@linkplain #getConfidentialNotes() confidential notes}, is
 * left out of JSON and {@link #toString()}: it exists only in memory, for the tool that keeps the case.
 *
 * <p><b>Lifecycle.</b> The status is the end of the history (see {@link CaseStatus} for the state
 * machine); {@link #moveTo(CaseStatus, Instant)} adds a transition and refuses illegal ones. A case whose
 * history is not a legal chain from {@code received}, or whose times go backwards, cannot be built.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "bassin", "receivedAt", "channel", "status", "requester", "situation", "orientations",
    "unmetNeeds", "history"})
@JsonIgnoreProperties(value = "status", allowGetters = true)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableHelpdeskCase.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableHelpdeskCase.class)
public abstract class HelpdeskCase {

  /**
   * Returns the case identifier.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * Returns the bassin whose helpdesk received the case.
   *
   * @return a bassin reference
   */
  public abstract TerritoryRef getBassin();

  /**
   * Returns when the request was received.
   *
   * @return the instant
   */
  public abstract Instant getReceivedAt();

  /**
   * Returns how the request came in.
   *
   * @return the channel
   */
  public abstract HelpdeskChannel getChannel();

  /**
   * Returns the professional who asked.
   *
   * @return the requester
   */
  public abstract Requester getRequester();

  /**
   * Returns the situation, described without identifying the beneficiary.
   *
   * @return the situation
   */
  public abstract CaseSituation getSituation();

  /**
   * Returns the orientations proposed, in order.
   *
   * @return the orientations
   */
  public abstract List<Orientation> getOrientations();

  /**
   * Returns the needs that stayed unmet.
   *
   * @return the unmet needs
   */
  public abstract List<UnmetNeed> getUnmetNeeds();

  /**
   * Returns the transitions from {@code received} to the current status, in order.
   *
   * @return the history, empty while the case is just received
   */
  public abstract List<CaseTransition> getHistory();

  /**
   * Returns the confidential notes of the team. Never written to JSON, masked in {@link #toString()};
   * must not be exported.
   *
   * @return the notes
   */
  @JsonIgnore
  @Value.Redacted
  public abstract Optional<String> getConfidentialNotes();

  /**
   * Returns the current status: the last transition's target, {@code received} when there is none.
   *
   * @return the status
   */
  public CaseStatus getStatus() {
    List<CaseTransition> history = getHistory();
    return history.isEmpty() ? CaseStatus.RECEIVED : history.get(history.size() - 1).getStatus();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableHelpdeskCase.Builder builder() {
    return ImmutableHelpdeskCase.builder();
  }

  /**
   * Returns a copy moved to another status, with the transition recorded.
   *
   * @param target the new status; not null
   * @param at when; not null, not before the last event of the case
   * @return the copy
   * @throws InvalidValueException {@link EventsCodes#CASE_TRANSITION_ILLEGAL} (message in FR, NL, EN) if
   *     the state machine forbids the move, {@link EventsCodes#CASE_TIME_ORDER} if {@code at} goes back
   */
  public HelpdeskCase moveTo(CaseStatus target, Instant at) {
    CaseStatus from = getStatus();
    if (!from.canMoveTo(target)) {
      throw new InvalidValueException(EventsCodes.CASE_TRANSITION_ILLEGAL, from.code(), target.code());
    }
    return ImmutableHelpdeskCase.builder().from(this).addHistory(CaseTransition.of(from, target, at)).build();
  }

  /**
   * Returns a copy with one more orientation and, unless already {@code oriented}, moved there.
   *
   * @param orientation the orientation; not null
   * @return the copy
   * @throws InvalidValueException if the move to {@code oriented} is illegal from the current status
   */
  public HelpdeskCase orient(Orientation orientation) {
    HelpdeskCase withOrientation = ImmutableHelpdeskCase.builder().from(this).addOrientation(orientation).build();
    return getStatus() == CaseStatus.ORIENTED ? withOrientation
        : withOrientation.moveTo(CaseStatus.ORIENTED, orientation.getProposedAt());
  }

  /**
   * Returns a copy with one more unmet need.
   *
   * @param need the need; not null
   * @return the copy
   */
  public HelpdeskCase recordUnmetNeed(UnmetNeed need) {
    return ImmutableHelpdeskCase.builder().from(this).addUnmetNeed(need).build();
  }

  /**
   * Returns a copy where one orientation has its outcome.
   *
   * @param index the index of the orientation in {@link #getOrientations()}
   * @param outcome the outcome; not null
   * @param at when it became known; not null, not before the proposal
   * @return the copy
   * @throws IndexOutOfBoundsException if there is no such orientation
   */
  public HelpdeskCase recordOutcome(int index, OrientationOutcome outcome, Instant at) {
    List<Orientation> orientations = new java.util.ArrayList<>(getOrientations());
    orientations.set(index, orientations.get(index).withOutcome(outcome, at));
    return ImmutableHelpdeskCase.copyOf(this).withOrientations(orientations);
  }

  /**
   * Returns when the first orientation was proposed.
   *
   * @return the instant, empty if none
   */
  public Optional<Instant> firstOrientationAt() {
    return getOrientations().stream().map(Orientation::getProposedAt).min(Comparator.naturalOrder());
  }

  /**
   * Returns the time from reception to the first orientation.
   *
   * @return the duration, empty if there is no orientation
   */
  public Optional<Duration> timeToFirstOrientation() {
    return firstOrientationAt().map(first -> Duration.between(getReceivedAt(), first));
  }

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
    Checks.bassins(Set.of(getBassin()), "bassin");
    CaseStatus current = CaseStatus.RECEIVED;
    Instant last = getReceivedAt();
    for (CaseTransition transition : getHistory()) {
      if (transition.getPreviousStatus() != current || !current.canMoveTo(transition.getStatus())) {
        throw new InvalidValueException(EventsCodes.CASE_HISTORY_INVALID, getId(),
            transition.getPreviousStatus().code() + "->" + transition.getStatus().code());
      }
      if (transition.getAt().isBefore(last)) {
        throw new InvalidValueException(EventsCodes.CASE_TIME_ORDER, transition.getAt(), last);
      }
      current = transition.getStatus();
      last = transition.getAt();
    }
    for (Orientation orientation : getOrientations()) {
      if (orientation.getProposedAt().isBefore(getReceivedAt())) {
        throw new InvalidValueException(EventsCodes.CASE_TIME_ORDER, orientation.getProposedAt(), getReceivedAt());
      }
    }
  }
}
