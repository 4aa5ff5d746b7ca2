package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.time.LocalTime;
import org.immutables.value.Value;

/**
 * A time range within a day of an {@link OpeningHours} schedule, in whole minutes, local time in
 * Europe/Brussels: {@code 09:00-12:00}. Immutable and thread-safe.
 *
 * <p>The start is included, the end excluded. An end of {@code 00:00} means midnight at the end of the day
 * (written {@code 24:00}), so {@code 00:00-24:00} is the whole day. An end earlier than the start means the
 * range runs past midnight into the next day: {@code 22:00-02:00} opens at 22:00 and closes at 02:00 the
 * following morning; it belongs to the day it starts on. A range whose start equals its end is empty and
 * rejected (except {@code 00:00-24:00}).
 *
 * <p>Canonical text and JSON form: {@code HH:MM-HH:MM}, for example {@code "22:00-02:00"}.
 */
@Value.Immutable
@SocialHealthStyle
public abstract class TimeRange implements Comparable<TimeRange> {
  static final int MINUTES_PER_DAY = 24 * 60;

  /**
   * Returns the opening time, included.
   *
   * @return the start, whole minutes
   */
  @Value.Parameter
  public abstract LocalTime getStart();

  /**
   * Returns the closing time, excluded; {@code 00:00} means midnight at the end of the day, and a time
   * earlier than the start means the next day.
   *
   * @return the end, whole minutes
   */
  @Value.Parameter
  public abstract LocalTime getEnd();

  /**
   * Creates a range.
   *
   * @param start the opening time; not null; whole minutes
   * @param end the closing time; not null; whole minutes; {@code 00:00} means 24:00; earlier than the start
   *     means the next day
   * @return the range
   * @throws InvalidValueException {@link CoreCodes#TIME_RANGE_EMPTY} when start equals end (other than
   *     {@code 00:00-24:00}), {@link CoreCodes#TIME_RANGE_PRECISION} when a time has seconds
   */
  public static TimeRange of(LocalTime start, LocalTime end) {
    return ImmutableTimeRange.of(start, end);
  }

  /**
   * Creates a range from minutes since the start of the day.
   *
   * @param startMinute the opening minute, 0 to 1439
   * @param endMinute the closing minute, after the start and at most 24 hours after it; values above 1440
   *     run into the next day
   * @return the range
   * @throws InvalidValueException {@link CoreCodes#TIME_RANGE_EMPTY} when the minutes do not form a range
   */
  static TimeRange ofMinutes(int startMinute, int endMinute) {
    if (startMinute < 0 || startMinute >= MINUTES_PER_DAY || endMinute <= startMinute
        || endMinute > startMinute + MINUTES_PER_DAY
        || (endMinute == startMinute + MINUTES_PER_DAY && startMinute != 0)) {
      throw new InvalidValueException(CoreCodes.TIME_RANGE_EMPTY, startMinute + "-" + endMinute);
    }
    return of(LocalTime.ofSecondOfDay(startMinute * 60L),
        LocalTime.ofSecondOfDay((endMinute % MINUTES_PER_DAY) * 60L));
  }

  /**
   * Parses the canonical form {@code HH:MM-HH:MM}.
   *
   * @param text the text; not null
   * @return the range
   * @throws InvalidValueException {@link CoreCodes#OPENING_HOURS_SYNTAX} and the other opening-hours
   *     codes, with the position of the fault
   */
  @JsonCreator
  public static TimeRange parse(String text) {
    return OpeningHoursParser.parseTimeRange(text);
  }

  /**
   * Returns the opening minute since the start of the day.
   *
   * @return 0 to 1439
   */
  int startMinute() {
    return getStart().getHour() * 60 + getStart().getMinute();
  }

  /**
   * Returns the closing minute since the start of the day the range starts on: above 1440 when the range
   * runs past midnight.
   *
   * @return 1 to 2879
   */
  int endMinute() {
    int end = getEnd().getHour() * 60 + getEnd().getMinute();
    int start = startMinute();
    if (end == 0) {
      return MINUTES_PER_DAY;
    }
    return end < start ? end + MINUTES_PER_DAY : end;
  }

  /**
   * Tells whether the range runs past midnight into the next day ({@code 22:00-02:00}).
   *
   * @return true if the range ends the next day
   */
  public boolean isOvernight() {
    return endMinute() > MINUTES_PER_DAY;
  }

  /**
   * Returns how long the range lasts on a day without a clock change.
   *
   * @return the nominal duration, positive, at most 24 hours
   */
  public Duration getDuration() {
    return Duration.ofMinutes(endMinute() - startMinute());
  }

  /**
   * Tells whether the local time of the day the range starts on falls in it (ignoring any part after
   * midnight).
   *
   * @param time the local time; not null
   * @return true if {@code start <= time < end} on the starting day
   */
  public boolean containsOnStartDay(LocalTime time) {
    long nanos = time.toNanoOfDay();
    long end = Math.min(endMinute(), MINUTES_PER_DAY) * NANOS_PER_MINUTE;
    return nanos >= startMinute() * NANOS_PER_MINUTE && nanos < end;
  }

  /**
   * Tells whether a local time of the day after the starting day falls in the part of the range past
   * midnight.
   *
   * @param time the local time on the next day; not null
   * @return true if the range is overnight and {@code time < end}
   */
  public boolean containsOnNextDay(LocalTime time) {
    return isOvernight() && time.toNanoOfDay() < (endMinute() - MINUTES_PER_DAY) * NANOS_PER_MINUTE;
  }

  private static final long NANOS_PER_MINUTE = 60_000_000_000L;

  @Value.Check
  void check() {
    if (getStart().getSecond() != 0 || getStart().getNano() != 0 || getEnd().getSecond() != 0
        || getEnd().getNano() != 0) {
      throw new InvalidValueException(CoreCodes.TIME_RANGE_PRECISION, getStart() + "-" + getEnd());
    }
    if (getStart().equals(getEnd()) && !getStart().equals(LocalTime.MIDNIGHT)) {
      throw new InvalidValueException(CoreCodes.TIME_RANGE_EMPTY, toString());
    }
  }

  /**
   * Orders ranges by start, then by end.
   *
   * @param other the other range; not null
   * @return the comparison
   */
  @Override
  public int compareTo(TimeRange other) {
    int byStart = Integer.compare(startMinute(), other.startMinute());
    return byStart != 0 ? byStart : Integer.compare(endMinute(), other.endMinute());
  }

  /**
   * Returns the canonical form {@code HH:MM-HH:MM}, also the JSON form.
   *
   * @return for example {@code "09:00-12:00"}, {@code "00:00-24:00"}, {@code "22:00-02:00"}
   */
  @JsonValue
  @Override
  public String toString() {
    return format(startMinute()) + "-" + (endMinute() == MINUTES_PER_DAY ? "24:00" : format(endMinute()));
  }

  private static String format(int minute) {
    int m = minute % MINUTES_PER_DAY;
    return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
  }
}
