package brussels.socialhealth.events;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * The shape shared by every event of a bassin: a {@link Concertation}, a {@link ChangeWorkshop}, a
 * {@link WorkingGroupSession}, a {@link PreventionMeeting}, an {@link OpenHouseWeek}.
 *
 * <p>Dates and times are local times in Europe/Brussels ({@link EventsLimits#ZONE}); {@link #zonedStart()}
 * and {@link #zonedEnd()} give them with their offset. The organiser and the place refer to the directory
 * by id only. Implementations are immutable and thread-safe; the end is never before the start, and
 * every bassin reference is at the bassin level.
 */
public interface Event {

  /**
   * Returns the identifier, unique among events ({@link EventsLimits#ID_REGEX}).
   *
   * @return the id, for example {@code sud-est.ct-sante-mentale.1}
   */
  String getId();

  /**
   * Returns the kind of event; fixed by the implementing type.
   *
   * @return the kind
   */
  EventKind getKind();

  /**
   * Returns the title, in French and Dutch at least for public events.
   *
   * @return the title
   */
  LocalizedText getTitle();

  /**
   * Returns the bassins the event belongs to (one usually, several for joint events). Never empty.
   *
   * @return bassin references such as {@code bassin:SUD_EST}
   */
  Set<TerritoryRef> getBassins();

  /**
   * Returns the start, local time in Europe/Brussels.
   *
   * @return the start
   */
  LocalDateTime getStart();

  /**
   * Returns the end, local time in Europe/Brussels; not before the start.
   *
   * @return the end
   */
  LocalDateTime getEnd();

  /**
   * Returns where the event takes place, when known.
   *
   * @return the place
   */
  Optional<EventPlace> getPlace();

  /**
   * Returns the organiser: the id of a directory team (a bassin support team) or body (the ZOGAB).
   *
   * @return the organiser id
   */
  Optional<String> getOrganiserId();

  /**
   * Returns the themes (the directory's code list; JSON: codes such as {@code mental-health}).
   *
   * @return the themes
   */
  Set<Theme> getThemes();

  /**
   * Returns who may attend.
   *
   * @return the audience
   */
  Audience getAudience();

  /**
   * Returns the status; change it with the type's {@code moveTo} method, which enforces the lifecycle.
   *
   * @return the status
   */
  EventStatus getStatus();

  /**
   * Returns the start in Europe/Brussels with its offset.
   *
   * @return the zoned start
   */
  default ZonedDateTime zonedStart() {
    return getStart().atZone(EventsLimits.ZONE);
  }

  /**
   * Returns the end in Europe/Brussels with its offset.
   *
   * @return the zoned end
   */
  default ZonedDateTime zonedEnd() {
    return getEnd().atZone(EventsLimits.ZONE);
  }
}
