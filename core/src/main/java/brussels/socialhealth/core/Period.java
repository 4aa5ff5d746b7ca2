package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A validity period of dates: a membership, a mandate, an accreditation, a registration window. Both ends
 * are inclusive and either may be absent (open-ended: "since 2024-01-01", "until 2024-12-31", always).
 *
 * <p>The canonical string is an ISO-8601 interval with {@code ..} for an open end:
 * {@code 2024-01-01/2024-12-31}, {@code 2024-01-01/..}, {@code ../2024-12-31}, {@code ../..}.
 * {@link #toString()} returns it and {@link #parse(String)} reads it back to an equal value.
 *
 * <p>The JSON form is an object, absent ends omitted: {@code {"start": "2024-01-01", "end": "2024-12-31"}},
 * {@code {"start": "2024-01-01"}}, {@code {}}. Immutable and thread-safe.
 */
@Value.Immutable
@SocialHealthStyle
@JsonPropertyOrder({"start", "end"})
@JsonDeserialize(as = ImmutablePeriod.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePeriod.class)
public abstract class Period {
  private static final String OPEN = "..";

  /**
   * Returns the first day of the period, inclusive.
   *
   * @return the start, or empty when the period has no start
   */
  public abstract Optional<LocalDate> getStart();

  /**
   * Returns the last day of the period, inclusive.
   *
   * @return the end, or empty when the period has no end
   */
  public abstract Optional<LocalDate> getEnd();

  /**
   * Creates a closed period.
   *
   * @param start the first day; not null
   * @param end the last day, inclusive; not null, not before {@code start}
   * @return the period
   * @throws InvalidValueException {@link CoreCodes#PERIOD_END_BEFORE_START} when end is before start
   */
  public static Period of(LocalDate start, LocalDate end) {
    return of(Optional.of(start), Optional.of(end));
  }

  /**
   * Creates a period with optional ends.
   *
   * @param start the first day, or empty for no start; not null
   * @param end the last day, inclusive, or empty for no end; not null
   * @return the period
   * @throws InvalidValueException {@link CoreCodes#PERIOD_END_BEFORE_START} when end is before start
   */
  public static Period of(Optional<LocalDate> start, Optional<LocalDate> end) {
    return ImmutablePeriod.builder().start(start).end(end).build();
  }

  /**
   * Creates a period with a start and no end.
   *
   * @param start the first day; not null
   * @return the period {@code start/..}
   */
  public static Period startingOn(LocalDate start) {
    return of(Optional.of(start), Optional.empty());
  }

  /**
   * Creates a period with an end and no start.
   *
   * @param end the last day, inclusive; not null
   * @return the period {@code ../end}
   */
  public static Period endingOn(LocalDate end) {
    return of(Optional.empty(), Optional.of(end));
  }

  /**
   * Returns the period without start or end, which contains every date.
   *
   * @return the period {@code ../..}
   */
  public static Period unbounded() {
    return of(Optional.empty(), Optional.empty());
  }

  /**
   * Parses the canonical form {@code start/end}, each side an ISO date ({@code 2024-01-01}) or {@code ..}
   * (an empty side is read as {@code ..} too). Blanks around the sides are ignored.
   *
   * @param text the text; null is rejected
   * @return the period
   * @throws InvalidValueException {@link CoreCodes#PERIOD_UNPARSEABLE} for a malformed text,
   *     {@link CoreCodes#PERIOD_END_BEFORE_START} when end is before start
   */
  public static Period parse(String text) {
    if (text == null) {
      throw new InvalidValueException(CoreCodes.PERIOD_UNPARSEABLE, null);
    }
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      throw new InvalidValueException(CoreCodes.PERIOD_UNPARSEABLE, text);
    }
    try {
      Optional<LocalDate> start = side(text.substring(0, slash));
      Optional<LocalDate> end = side(text.substring(slash + 1));
      if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
        throw new InvalidValueException(CoreCodes.PERIOD_END_BEFORE_START, text);
      }
      return of(start, end);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(CoreCodes.PERIOD_UNPARSEABLE, text, e);
    }
  }

  private static Optional<LocalDate> side(String text) {
    String side = text.strip();
    return side.isEmpty() || side.equals(OPEN) ? Optional.empty() : Optional.of(LocalDate.parse(side));
  }

  /**
   * Tells whether a date falls within the period, both ends included.
   *
   * @param date the date; not null
   * @return true when {@code start <= date <= end}, absent ends being unbounded
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return getStart().map(start -> !date.isBefore(start)).orElse(true)
        && getEnd().map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * Tells whether this period and another share at least one day.
   *
   * @param other the other period; not null
   * @return true when some date is contained in both
   */
  public boolean overlaps(Period other) {
    boolean thisStartsInTime = getStart().isEmpty() || other.getEnd().isEmpty()
        || !getStart().get().isAfter(other.getEnd().get());
    boolean otherStartsInTime = other.getStart().isEmpty() || getEnd().isEmpty()
        || !other.getStart().get().isAfter(getEnd().get());
    return thisStartsInTime && otherStartsInTime;
  }

  /**
   * Tells whether the period lacks a start, an end, or both.
   *
   * @return true when open-ended on at least one side
   */
  @JsonIgnore
  public boolean isOpenEnded() {
    return getStart().isEmpty() || getEnd().isEmpty();
  }

  @Value.Check
  void check() {
    if (getStart().isPresent() && getEnd().isPresent() && getEnd().get().isBefore(getStart().get())) {
      throw new InvalidValueException(CoreCodes.PERIOD_END_BEFORE_START, this);
    }
  }

  /**
   * Returns the canonical form, for example {@code 2024-01-01/2024-12-31} or {@code 2024-01-01/..}.
   *
   * @return the canonical form
   */
  @Override
  public String toString() {
    return getStart().map(LocalDate::toString).orElse(OPEN) + "/" + getEnd().map(LocalDate::toString).orElse(OPEN);
  }
}
