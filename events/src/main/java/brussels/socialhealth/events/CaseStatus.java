package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a {@link HelpdeskCase}, a state machine:
 *
 * <pre>
 *   received     -&gt; in-analysis | oriented | cancelled
 *   in-analysis  -&gt; oriented | closed | cancelled
 *   oriented     -&gt; followed-up | closed
 *   followed-up  -&gt; oriented | closed
 *   closed       -&gt; reopened
 *   reopened     -&gt; in-analysis | oriented | closed
 *   cancelled: final
 * </pre>
 *
 * <p>A case is received first; an answer given while still on the phone goes straight to
 * {@code oriented}; an analysis may end without orientation ({@code closed}: information given); a
 * follow-up may lead to a new orientation; a closed case is reopened rather than edited; only a case
 * not yet oriented can be cancelled (a request withdrawn or sent by mistake).
 *
 * <p>On the wire a status is its lower-case code ({@code "in-analysis"}...); people read its
 * {@linkplain #label() label} in French, Dutch or English.
 */
public enum CaseStatus implements Coded {
  /** Received, not yet looked at. */
  RECEIVED("received", LocalizedText.of("Reçu", "Ontvangen", "Received")),
  /** The team analyses the situation and searches the directory. */
  IN_ANALYSIS("in-analysis", LocalizedText.of("En analyse", "In analyse", "In analysis")),
  /** One or more orientations were proposed. */
  ORIENTED("oriented", LocalizedText.of("Orienté", "Doorverwezen", "Oriented")),
  /** The team came back to the professional to see what became of the orientations. */
  FOLLOWED_UP("followed-up", LocalizedText.of("Suivi", "Opgevolgd", "Followed up")),
  /** Done. */
  CLOSED("closed", LocalizedText.of("Clôturé", "Afgesloten", "Closed")),
  /** Closed, then opened again (the situation came back). */
  REOPENED("reopened", LocalizedText.of("Rouvert", "Heropend", "Reopened")),
  /** Withdrawn or sent by mistake before any orientation; final. */
  CANCELLED("cancelled", LocalizedText.of("Annulé", "Geannuleerd", "Cancelled"));

  private final String code;
  private final LocalizedText label;

  CaseStatus(String code, LocalizedText label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the statuses this status may move to.
   *
   * @return an unmodifiable set, empty for {@code cancelled}
   */
  public Set<CaseStatus> next() {
    EnumSet<CaseStatus> next;
    switch (this) {
      case RECEIVED:
        next = EnumSet.of(IN_ANALYSIS, ORIENTED, CANCELLED);
        break;
      case IN_ANALYSIS:
        next = EnumSet.of(ORIENTED, CLOSED, CANCELLED);
        break;
      case ORIENTED:
        next = EnumSet.of(FOLLOWED_UP, CLOSED);
        break;
      case FOLLOWED_UP:
        next = EnumSet.of(ORIENTED, CLOSED);
        break;
      case CLOSED:
        next = EnumSet.of(REOPENED);
        break;
      case REOPENED:
        next = EnumSet.of(IN_ANALYSIS, ORIENTED, CLOSED);
        break;
      default:
        next = EnumSet.noneOf(CaseStatus.class);
    }
    return Collections.unmodifiableSet(next);
  }

  /**
   * Tells whether the state machine allows moving from this status to another.
   *
   * @param target the status to move to; not null
   * @return true if allowed
   */
  public boolean canMoveTo(CaseStatus target) {
    return next().contains(target);
  }

  /**
   * Tells whether no move is possible any more.
   *
   * @return true for {@code cancelled}
   */
  public boolean isFinal() {
    return next().isEmpty();
  }

  /**
   * Returns the stable code, the JSON form.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the label in French, Dutch and English.
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Parses a code, ignoring case and surrounding blanks.
   *
   * @param code the code
   * @return the status
   * @throws InvalidValueException {@link EventsCodes#CODE_UNKNOWN} if unknown
   */
  @JsonCreator
  public static CaseStatus parse(String code) {
    return Coded.parse(CaseStatus.class, code, EventsCodes.CODE_UNKNOWN, "CaseStatus",
        CodeLists.expected(CaseStatus.class));
  }
}
