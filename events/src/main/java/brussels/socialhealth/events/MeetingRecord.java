package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.Sector;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The record (compte rendu, verslag) of a concertation, workshop or session, as the bassin teams publish
 * it: how many professionals took part and from which sectors, the objectives, the key points, the
 * participants' expectations by category, the recommendations, the follow-up actions and the next date.
 * It names no participant. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"participantCount", "participantSectors", "objectives", "keyPoints", "expectations",
    "recommendations", "followUpActions", "nextDate"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableMeetingRecord.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableMeetingRecord.class)
public abstract class MeetingRecord {

  /**
   * Returns the number of participants ("34 professionnel·les du social-santé").
   *
   * @return zero or more
   */
  public abstract int getParticipantCount();

  /**
   * Returns the sectors the participants came from (the directory's sector code list).
   *
   * @return the sectors
   */
  public abstract Set<Sector> getParticipantSectors();

  /**
   * Returns the objectives of the meeting.
   *
   * @return the objectives
   */
  public abstract List<LocalizedText> getObjectives();

  /**
   * Returns the key points (éléments clés).
   *
   * @return the key points
   */
  public abstract List<LocalizedText> getKeyPoints();

  /**
   * Returns the participants' expectations, grouped by category.
   *
   * @return the expectations
   */
  public abstract List<Expectation> getExpectations();

  /**
   * Returns the recommendations drawn from the discussions.
   *
   * @return the recommendations
   */
  public abstract List<LocalizedText> getRecommendations();

  /**
   * Returns the follow-up actions.
   *
   * @return the actions
   */
  public abstract List<FollowUpAction> getFollowUpActions();

  /**
   * Returns the date of the next meeting ("Rendez-vous le 13 juin 2024").
   *
   * @return the next date
   */
  public abstract Optional<LocalDate> getNextDate();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableMeetingRecord.Builder builder() {
    return ImmutableMeetingRecord.builder();
  }

  @Value.Check
  void check() {
    if (getParticipantCount() < 0) {
      throw new InvalidValueException(EventsCodes.COUNT_INVALID, getParticipantCount(), "participantCount", 0);
    }
  }
}
