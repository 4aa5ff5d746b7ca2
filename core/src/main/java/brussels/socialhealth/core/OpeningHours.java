package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The weekly opening hours of a service or a site, in Europe/Brussels local time: several
 * {@linkplain TimeRange time ranges} a day, closed days, optional hours for Belgian public holidays, and
 * exceptions for given dates (closed, or other hours). Immutable and thread-safe.
 *
 * <p>Text form: a documented subset of the OpenStreetMap {@code opening_hours} syntax (see
 * {@code docs/opening-hours.md}), for example {@code Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00; PH off;
 * 2026-12-24 09:00-12:00}. {@link #parse(String)} accepts the subset; {@link #toString()} prints the one
 * canonical form (rules in the order weekdays, {@code PH}, dates; days with the same hours grouped,
 * {@code Mo-Fr} for runs of three days or more; ranges sorted and merged), and {@code parse(toString())}
 * gives an equal value. The JSON form is the canonical string.
 *
 * <p>Precedence: a date exception beats the public-holiday rule, which beats the weekday rule. A day with no
 * rule is closed. A range past midnight ({@code Fr 22:00-02:00}) belongs to the day it starts on: it is
 * governed by that day's rule and still runs into the next morning even when the next day is an exception.
 *
 * <p>The text received by {@link #parse(String)} is kept as {@link #getSourceText()}; it takes no part in
 * equality, {@code toString()} or JSON.
 */
@Value.Immutable
@SocialHealthStyle
public abstract class OpeningHours {
  /** The time zone every schedule is read in. */
  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private static final TimeRange WHOLE_DAY = TimeRange.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  /**
   * Returns the weekly hours by day of the week; a day that is absent is closed. Lists are sorted, never
   * empty, and their ranges neither overlap nor touch.
   *
   * @return an immutable map in Monday-to-Sunday order
   */
  public abstract Map<DayOfWeek, List<TimeRange>> getDays();

  /**
   * Returns the hours on Belgian public holidays ({@link BelgianPublicHolidays}), when they differ from
   * the weekday rule: an empty list means closed ({@code PH off}); absent means public holidays follow the
   * weekday rule.
   *
   * @return the public-holiday hours, if any
   */
  public abstract Optional<List<TimeRange>> getPublicHolidays();

  /**
   * Returns the hours on given dates, overriding every other rule: an empty list means closed that day.
   *
   * @return an immutable map in date order
   */
  public abstract Map<LocalDate, List<TimeRange>> getExceptions();

  /**
   * Returns the text this value was parsed from, as received (for example a partner's
   * {@code mo-fr 9:00-17:00;}). Not part of equality, {@code toString()} or JSON.
   *
   * @return the source text; empty when built otherwise
   */
  @Value.Auxiliary
  public abstract Optional<String> getSourceText();

  /**
   * Parses the documented subset of the OpenStreetMap {@code opening_hours} syntax.
   *
   * @param text the text; not null
   * @return the schedule, which keeps {@code text} as its source text
   * @throws OpeningHoursSyntaxException (an {@link InvalidValueException}) with a stable
   *     {@code core.opening-hours.*} code, the character index and the offending token
   */
  @JsonCreator
  public static OpeningHours parse(String text) {
    return OpeningHoursParser.parse(text);
  }

  /**
   * Returns a schedule that is always open ({@code 24/7}).
   *
   * @return the schedule
   */
  public static OpeningHours alwaysOpen() {
    Builder builder = builder();
    for (DayOfWeek day : DayOfWeek.values()) {
      builder.putDay(day, List.of(WHOLE_DAY));
    }
    return builder.build();
  }

  /**
   * Returns a schedule that is never open ({@code off}).
   *
   * @return the schedule
   */
  public static OpeningHours closed() {
    return builder().build();
  }

  /**
   * Returns a new builder. Days, public holidays and exceptions take lists of ranges in any order; the
   * built value is normalised (sorted, overlapping or touching ranges merged, closed weekdays dropped).
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OpeningHours}; obtained from {@link OpeningHours#builder()}. */
  public static final class Builder extends ImmutableOpeningHours.Builder {
    Builder() {}

    /**
     * Sets the same hours on several days of the week, replacing what they had.
     *
     * @param days the days; not null
     * @param ranges the ranges; none null; no range means closed
     * @return this builder
     */
    public Builder putDays(Iterable<DayOfWeek> days, TimeRange... ranges) {
      for (DayOfWeek day : days) {
        putDay(day, List.of(ranges));
      }
      return this;
    }
  }

  /**
   * Returns the weekly ranges of a day of the week (ignoring holidays and exceptions).
   *
   * @param day the day; not null
   * @return the ranges, sorted; empty when closed
   */
  public List<TimeRange> getRanges(DayOfWeek day) {
    return getDays().getOrDefault(day, List.of());
  }

  /**
   * Returns the ranges that start on a given date: the date's exception if there is one, else the
   * public-holiday hours when the date is a Belgian public holiday and a {@code PH} rule exists, else the
   * weekday's ranges.
   *
   * @param date the date; not null
   * @return the ranges, sorted; empty when closed
   */
  public List<TimeRange> getRanges(LocalDate date) {
    List<TimeRange> exception = getExceptions().get(date);
    if (exception != null) {
      return exception;
    }
    if (getPublicHolidays().isPresent() && BelgianPublicHolidays.isPublicHoliday(date)) {
      return getPublicHolidays().get();
    }
    return getRanges(date.getDayOfWeek());
  }

  /**
   * Tells whether the schedule is open at a moment.
   *
   * @param instant the moment; not null
   * @return true if open in Brussels at that moment
   */
  public boolean isOpenAt(Instant instant) {
    return isOpenAtWallClock(LocalDateTime.ofInstant(instant, BRUSSELS));
  }

  /**
   * Tells whether the schedule is open at a moment given in any zone; the moment is converted to
   * Europe/Brussels first.
   *
   * @param dateTime the moment; not null
   * @return true if open in Brussels at that moment
   */
  public boolean isOpenAt(ZonedDateTime dateTime) {
    return isOpenAtWallClock(dateTime.withZoneSameInstant(BRUSSELS).toLocalDateTime());
  }

  /**
   * Tells whether the schedule is open at a Brussels local date-time. A local time that does not exist
   * (the hour skipped on the last Sunday of March) is moved forward by the length of the gap, as
   * {@link ZonedDateTime#of(LocalDateTime, ZoneId)} does; a local time that exists twice (last Sunday of
   * October) is open or closed for both occurrences alike.
   *
   * @param localDateTime the Brussels wall-clock date-time; not null
   * @return true if open
   */
  public boolean isOpenAt(LocalDateTime localDateTime) {
    return isOpenAtWallClock(ZonedDateTime.of(localDateTime, BRUSSELS).toLocalDateTime());
  }

  private boolean isOpenAtWallClock(LocalDateTime wallClock) {
    LocalDate date = wallClock.toLocalDate();
    LocalTime time = wallClock.toLocalTime();
    for (TimeRange range : getRanges(date)) {
      if (range.containsOnStartDay(time)) {
        return true;
      }
    }
    for (TimeRange range : getRanges(date.minusDays(1))) {
      if (range.containsOnNextDay(time)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the next moment after {@code from} at which the schedule opens or closes.
   *
   * @param from the moment to start from, excluded; not null
   * @return the next change in Europe/Brussels, or empty if the schedule never changes within a year after
   *     {@code from} and its last exception (for example {@code 24/7} or {@code off})
   */
  public Optional<ZonedDateTime> nextChange(ZonedDateTime from) {
    return nextChange(from.toInstant());
  }

  /**
   * Returns the next moment after {@code from} at which the schedule opens or closes.
   *
   * @param from the moment to start from, excluded; not null
   * @return the next change in Europe/Brussels, or empty (see {@link #nextChange(ZonedDateTime)})
   */
  public Optional<ZonedDateTime> nextChange(Instant from) {
    boolean open = isOpenAt(from);
    LocalDate today = LocalDate.ofInstant(from, BRUSSELS);
    LocalDate last = today;
    if (!getExceptions().isEmpty()) {
      LocalDate lastException = Collections.max(getExceptions().keySet());
      last = lastException.isAfter(today) ? lastException : today;
    }
    for (LocalDate horizon : List.of(today.plusDays(8), last.plusDays(400))) {
      for (Instant candidate : candidates(today.minusDays(1), horizon).tailSet(from, false)) {
        if (isOpenAt(candidate) != open) {
          return Optional.of(candidate.atZone(BRUSSELS));
        }
      }
    }
    return Optional.empty();
  }

  private NavigableSet<Instant> candidates(LocalDate first, LocalDate last) {
    ZoneRules rules = BRUSSELS.getRules();
    NavigableSet<Instant> candidates = new TreeSet<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      LocalDateTime midnight = date.atStartOfDay();
      for (TimeRange range : getRanges(date)) {
        addBoundary(candidates, rules, midnight.plusMinutes(range.startMinute()));
        addBoundary(candidates, rules, midnight.plusMinutes(range.endMinute()));
      }
    }
    Instant end = last.plusDays(2).atStartOfDay(BRUSSELS).toInstant();
    ZoneOffsetTransition transition = rules.nextTransition(first.atStartOfDay(BRUSSELS).toInstant());
    while (transition != null && transition.getInstant().isBefore(end)) {
      candidates.add(transition.getInstant());
      transition = rules.nextTransition(transition.getInstant());
    }
    return candidates;
  }

  private static void addBoundary(NavigableSet<Instant> candidates, ZoneRules rules, LocalDateTime local) {
    List<ZoneOffset> offsets = rules.getValidOffsets(local);
    if (offsets.isEmpty()) {
      candidates.add(rules.getTransition(local).getInstant());
    }
    for (ZoneOffset offset : offsets) {
      candidates.add(local.toInstant(offset));
    }
  }

  /**
   * Tells whether the schedule is open every moment of every week ({@code 24/7}, possibly with holiday or
   * date exceptions).
   *
   * @return true if every weekday is open from 00:00 to 24:00
   */
  public boolean isAlwaysOpenWeekly() {
    if (getDays().size() != 7) {
      return false;
    }
    for (List<TimeRange> ranges : getDays().values()) {
      if (!ranges.equals(List.of(WHOLE_DAY))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Normalises the value: ranges sorted and merged, closed weekdays dropped, maps in day and date order.
   *
   * @return the normalised value (this one if already normal)
   */
  @Value.Check
  OpeningHours normalize() {
    Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
    getDays().forEach((day, ranges) -> {
      List<TimeRange> merged = merge(ranges);
      if (!merged.isEmpty()) {
        days.put(day, merged);
      }
    });
    Optional<List<TimeRange>> holidays = getPublicHolidays().map(OpeningHours::merge);
    Map<LocalDate, List<TimeRange>> exceptions = new TreeMap<>();
    getExceptions().forEach((date, ranges) -> exceptions.put(date, merge(ranges)));
    if (new ArrayList<>(days.entrySet()).equals(new ArrayList<>(getDays().entrySet()))
        && holidays.equals(getPublicHolidays())
        && new ArrayList<>(exceptions.entrySet()).equals(new ArrayList<>(getExceptions().entrySet()))) {
      return this;
    }
    return ImmutableOpeningHours.builder()
        .days(new LinkedHashMap<>(days))
        .publicHolidays(holidays)
        .exceptions(new LinkedHashMap<>(exceptions))
        .sourceText(getSourceText())
        .build();
  }

  /**
   * Sorts ranges and merges those that overlap or touch, as long as the result stays expressible (shorter
   * than 24 hours, or exactly {@code 00:00-24:00}).
   */
  static List<TimeRange> merge(List<TimeRange> ranges) {
    if (ranges.isEmpty()) {
      return List.of();
    }
    List<TimeRange> sorted = new ArrayList<>(ranges);
    sorted.forEach(Objects::requireNonNull);
    Collections.sort(sorted);
    List<TimeRange> merged = new ArrayList<>();
    int start = sorted.get(0).startMinute();
    int end = sorted.get(0).endMinute();
    for (TimeRange next : sorted.subList(1, sorted.size())) {
      int newEnd = Math.max(end, next.endMinute());
      boolean expressible = newEnd < start + TimeRange.MINUTES_PER_DAY
          || (start == 0 && newEnd == TimeRange.MINUTES_PER_DAY);
      if (next.startMinute() <= end && expressible) {
        end = newEnd;
      } else {
        merged.add(TimeRange.ofMinutes(start, end));
        start = next.startMinute();
        end = next.endMinute();
      }
    }
    merged.add(TimeRange.ofMinutes(start, end));
    return List.copyOf(merged);
  }

  /**
   * Returns the canonical text form, also the JSON form: weekday rules grouped by identical hours in the
   * order of their first day, then {@code PH}, then dates in ISO form in date order, separated by
   * {@code "; "}; {@code 24/7} when every weekday is open all day; {@code off} when nothing is open.
   *
   * @return the canonical text
   */
  @JsonValue
  @Override
  public String toString() {
    StringJoiner rules = new StringJoiner("; ");
    if (isAlwaysOpenWeekly()) {
      rules.add("24/7");
    } else {
      Map<List<TimeRange>, List<DayOfWeek>> groups = new LinkedHashMap<>();
      getDays().forEach((day, ranges) -> groups.computeIfAbsent(ranges, r -> new ArrayList<>()).add(day));
      groups.forEach((ranges, days) -> rules.add(formatDays(days) + " " + formatRanges(ranges)));
    }
    getPublicHolidays().ifPresent(ranges -> rules.add("PH " + formatRanges(ranges)));
    getExceptions().forEach((date, ranges) -> rules.add(date + " " + formatRanges(ranges)));
    return rules.length() == 0 ? "off" : rules.toString();
  }

  private static String formatRanges(List<TimeRange> ranges) {
    if (ranges.isEmpty()) {
      return "off";
    }
    StringJoiner joiner = new StringJoiner(",");
    ranges.forEach(range -> joiner.add(range.toString()));
    return joiner.toString();
  }

  private static String formatDays(List<DayOfWeek> days) {
    StringJoiner joiner = new StringJoiner(",");
    int i = 0;
    while (i < days.size()) {
      int j = i;
      while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
        j++;
      }
      if (j - i >= 2) {
        joiner.add(OpeningHoursParser.dayCode(days.get(i)) + "-" + OpeningHoursParser.dayCode(days.get(j)));
      } else {
        for (int k = i; k <= j; k++) {
          joiner.add(OpeningHoursParser.dayCode(days.get(k)));
        }
      }
      i = j + 1;
    }
    return joiner.toString();
  }
}
