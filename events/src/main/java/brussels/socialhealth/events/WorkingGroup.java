package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.events.internal.Checks;
import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A standing working group of a bassin (GT Santé mentale, Liaison hôpital/ambulatoire, Prévention et
 * promotion de la santé, Préparation crise sanitaire), open to every actor, with its
 * {@linkplain #getSessions() sessions}. Every session carries this group's id and a distinct number.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "title", "bassins", "organiserId", "themes", "standing", "establishedOn", "endedOn",
    "sessions"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkingGroup.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkingGroup.class)
public abstract class WorkingGroup {

  /**
   * Returns the identifier.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * Returns the name of the group.
   *
   * @return the title
   */
  public abstract LocalizedText getTitle();

  /**
   * Returns the bassins of the group; never empty.
   *
   * @return bassin references
   */
  public abstract Set<TerritoryRef> getBassins();

  /**
   * Returns the organising team or body (directory id).
   *
   * @return the organiser id
   */
  public abstract Optional<String> getOrganiserId();

  /**
   * Returns the themes.
   *
   * @return the themes
   */
  public abstract Set<Theme> getThemes();

  /**
   * Tells whether the group is standing (permanent) rather than set up for a fixed task.
   *
   * @return true by default
   */
  @Value.Default
  public boolean isStanding() {
    return true;
  }

  /**
   * Returns the date the group was set up.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> getEstablishedOn();

  /**
   * Returns the date the group ended, if it did.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> getEndedOn();

  /**
   * Returns the sessions, in order.
   *
   * @return the sessions
   */
  public abstract List<WorkingGroupSession> getSessions();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableWorkingGroup.Builder builder() {
    return ImmutableWorkingGroup.builder();
  }

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
    if (getBassins().isEmpty()) {
      throw new InvalidValueException(EventsCodes.NO_BASSIN, getId());
    }
    Checks.bassins(getBassins(), "bassins");
    Checks.id(getOrganiserId(), "organiserId");
    if (getEstablishedOn().isPresent() && getEndedOn().isPresent()) {
      Checks.order(getEstablishedOn().get(), getEndedOn().get(), "endedOn");
    }
    Set<Integer> numbers = new HashSet<>();
    for (WorkingGroupSession session : getSessions()) {
      if (!session.getWorkingGroupId().equals(getId()) || !numbers.add(session.getNumber())) {
        throw new InvalidValueException(EventsCodes.SESSION_MISMATCH, session.getId(), getId());
      }
    }
  }
}
