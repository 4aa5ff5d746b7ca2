package brussels.socialhealth.events;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.events.internal.Checks;
import brussels.socialhealth.events.internal.EventChecks;
import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A thematic concertation (concertation thématique, thematisch overleg) of a bassin: "CT Santé mentale
 * #1". Concertations follow the news of a theme, watch the population's needs, find the adjustments the
 * offer needs and propose collective actions; they are open to every social-health actor. Each has a
 * theme and an edition number, and once held, its {@link MeetingRecord}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "kind", "title", "bassins", "start", "end", "place", "organiserId", "themes",
    "audience", "status", "theme", "edition", "record"})
@JsonIgnoreProperties(value = "kind", allowGetters = true)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableConcertation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableConcertation.class)
public abstract class Concertation implements Event {

  /** Always {@link EventKind#CONCERTATION}. */
  @Override
  public final EventKind getKind() {
    return EventKind.CONCERTATION;
  }

  /**
   * Returns the audience; open to all by default.
   *
   * @return the audience
   */
  @Override
  @Value.Default
  public Audience getAudience() {
    return Audience.OPEN;
  }

  /**
   * Returns the status; planned by default.
   *
   * @return the status
   */
  @Override
  @Value.Default
  public EventStatus getStatus() {
    return EventStatus.PLANNED;
  }

  /**
   * Returns the theme of the concertation series ({@code mental-health} for "CT Santé mentale").
   *
   * @return the theme
   */
  public abstract Theme getTheme();

  /**
   * Returns the edition number in the series of this theme in this bassin ("#1").
   *
   * @return 1 or more
   */
  public abstract int getEdition();

  /**
   * Returns the record of the meeting, once held.
   *
   * @return the record
   */
  public abstract Optional<MeetingRecord> getRecord();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableConcertation.Builder builder() {
    return ImmutableConcertation.builder();
  }

  /**
   * Creates a planned, open concertation with the minimum a calendar needs.
   *
   * @param id the id; not null
   * @param title the title; not null
   * @param bassin the bassin; not null
   * @param start the start, Brussels time; not null
   * @param end the end, not before the start; not null
   * @param theme the theme; not null
   * @param edition the edition number, 1 or more
   * @return the concertation
   * @throws brussels.socialhealth.core.InvalidValueException if a value is malformed
   */
  public static Concertation of(String id, LocalizedText title, TerritoryRef bassin, LocalDateTime start,
      LocalDateTime end, Theme theme, int edition) {
    return builder().id(id).title(title).addBassin(bassin).start(start).end(end).theme(theme)
        .addTheme(theme).edition(edition).build();
  }

  /**
   * Returns a copy in another status, if the lifecycle allows it.
   *
   * @param target the new status; not null
   * @return the copy
   * @throws brussels.socialhealth.core.InvalidValueException {@link EventsCodes#STATUS_TRANSITION_ILLEGAL}
   */
  public Concertation moveTo(EventStatus target) {
    return ImmutableConcertation.copyOf(this).withStatus(getStatus().moveTo(target));
  }

  @Value.Check
  void check() {
    EventChecks.check(this);
    Checks.positive(getEdition(), "edition");
  }
}
