package brussels.socialhealth.core;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The hand-written parser of the opening-hours subset (see {@code docs/opening-hours.md}). Not thread-safe;
 * one instance per call.
 */
final class OpeningHoursParser {
  private static final String[] DAY_CODES = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
  private static final String[] MONTH_CODES =
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  /** OpenStreetMap features outside the subset: reported as unsupported rather than as syntax errors. */
  private static final Set<String> UNSUPPORTED_WORDS = Set.of(
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
      "PH", "SH", "sunrise", "sunset", "dawn", "dusk", "week", "open", "unknown", "easter");
  private static final String UNSUPPORTED_STARTS = "\"[+|(/";

  private static final int KIND_WEEKDAYS = 0;
  private static final int KIND_HOLIDAYS = 1;
  private static final int KIND_DATES = 2;

  private final String text;
  private int pos;

  private OpeningHoursParser(String text) {
    this.text = text;
  }

  static String dayCode(DayOfWeek day) {
    return DAY_CODES[day.ordinal()];
  }

  static OpeningHours parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new OpeningHoursSyntaxException(CoreCodes.OPENING_HOURS_BLANK, text, 0, "");
    }
    return new OpeningHoursParser(text).schedule();
  }

  static TimeRange parseTimeRange(String text) {
    Objects.requireNonNull(text, "text");
    OpeningHoursParser parser = new OpeningHoursParser(text);
    TimeRange range = parser.range();
    if (!parser.atEnd()) {
      throw parser.unexpected(parser.pos);
    }
    return range;
  }

  private OpeningHours schedule() {
    Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
    Optional<List<TimeRange>> holidays = Optional.empty();
    Map<LocalDate, List<TimeRange>> exceptions = new TreeMap<>();
    int previousKind = KIND_WEEKDAYS;
    while (true) {
      skipWhitespace();
      int ruleStart = pos;
      int kind;
      if (atEnd()) {
        throw unexpected(pos);
      } else if (text.startsWith("24/7", pos)) {
        pos += 4;
        kind = KIND_WEEKDAYS;
        for (DayOfWeek day : DayOfWeek.values()) {
          days.put(day, List.of(TimeRange.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)));
        }
      } else if (lookingAtWord("off") || lookingAtWord("closed")) {
        skipWord();
        kind = KIND_WEEKDAYS;
        for (DayOfWeek day : DayOfWeek.values()) {
          days.put(day, List.of());
        }
      } else if (lookingAtWord("PH")) {
        pos += 2;
        kind = KIND_HOLIDAYS;
        holidays = Optional.of(hours());
      } else if (lookingAtTime()) {
        kind = KIND_WEEKDAYS;
        List<TimeRange> ranges = hours();
        for (DayOfWeek day : DayOfWeek.values()) {
          days.put(day, ranges);
        }
      } else if (isDigit(peek())) {
        kind = KIND_DATES;
        LocalDate date = date();
        exceptions.put(date, hours());
      } else if (lookingAtDay()) {
        kind = KIND_WEEKDAYS;
        Set<DayOfWeek> selected = weekdays();
        List<TimeRange> ranges = hours();
        for (DayOfWeek day : selected) {
          days.put(day, ranges);
        }
      } else {
        throw unexpected(pos);
      }
      if (kind < previousKind) {
        throw new OpeningHoursSyntaxException(
            CoreCodes.OPENING_HOURS_RULE_ORDER, text, ruleStart, tokenAt(ruleStart));
      }
      previousKind = kind;
      skipWhitespace();
      if (atEnd()) {
        break;
      }
      if (peek() != ';') {
        throw unexpected(pos);
      }
      pos++;
    }
    return OpeningHours.builder()
        .days(days)
        .publicHolidays(holidays)
        .exceptions(exceptions)
        .sourceText(text)
        .build();
  }

  private Set<DayOfWeek> weekdays() {
    Set<DayOfWeek> selected = EnumSet.noneOf(DayOfWeek.class);
    while (true) {
      DayOfWeek first = day();
      if (peek() == '-') {
        pos++;
        DayOfWeek last = day();
        DayOfWeek day = first;
        selected.add(day);
        while (day != last) {
          day = day.plus(1);
          selected.add(day);
        }
      } else {
        selected.add(first);
      }
      if (peek() != ',') {
        return selected;
      }
      pos++;
    }
  }

  private DayOfWeek day() {
    for (int i = 0; i < DAY_CODES.length; i++) {
      if (lookingAtWord(DAY_CODES[i])) {
        pos += 2;
        return DayOfWeek.of(i + 1);
      }
    }
    throw unexpected(pos);
  }

  private List<TimeRange> hours() {
    skipWhitespace();
    if (lookingAtWord("off") || lookingAtWord("closed")) {
      skipWord();
      return List.of();
    }
    List<TimeRange> ranges = new ArrayList<>();
    while (true) {
      skipWhitespace();
      ranges.add(range());
      skipWhitespace();
      if (peek() != ',') {
        return ranges;
      }
      pos++;
    }
  }

  private TimeRange range() {
    int start = pos;
    int from = time(false);
    if (peek() != '-') {
      throw unexpected(pos);
    }
    pos++;
    int to = time(true);
    if (from == to && from != 0) {
      throw new OpeningHoursSyntaxException(
          CoreCodes.OPENING_HOURS_EMPTY_RANGE, text, start, text.substring(start, pos));
    }
    return TimeRange.of(LocalTime.ofSecondOfDay(from * 60L),
        LocalTime.ofSecondOfDay((to % TimeRange.MINUTES_PER_DAY) * 60L));
  }

  /** Reads {@code HH:MM} and returns minutes since midnight (1440 for 24:00, allowed only as an end). */
  private int time(boolean end) {
    int start = pos;
    while (!atEnd() && (isDigit(peek()) || peek() == ':')) {
      pos++;
    }
    String token = text.substring(start, pos);
    if (token.isEmpty()) {
      throw unexpected(start);
    }
    if (token.length() != 5 || token.charAt(2) != ':' || token.indexOf(':', 3) >= 0) {
      throw new OpeningHoursSyntaxException(CoreCodes.OPENING_HOURS_TIME, text, start, token);
    }
    int hour = Integer.parseInt(token.substring(0, 2));
    int minute = Integer.parseInt(token.substring(3, 5));
    if (minute > 59 || hour > 24 || (hour == 24 && (minute != 0 || !end))) {
      throw new OpeningHoursSyntaxException(CoreCodes.OPENING_HOURS_TIME, text, start, token);
    }
    return hour * 60 + minute;
  }

  /** Reads an ISO date {@code 2026-12-25} or the OpenStreetMap form {@code 2026 Dec 25}. */
  private LocalDate date() {
    int start = pos;
    while (!atEnd() && (isDigit(peek()) || peek() == '-')) {
      pos++;
    }
    String token = text.substring(start, pos);
    try {
      if (token.length() == 10 && token.charAt(4) == '-' && token.charAt(7) == '-'
          && token.chars().filter(c -> c == '-').count() == 2) {
        return LocalDate.parse(token);
      }
      if (token.length() == 4 && token.chars().allMatch(OpeningHoursParser::isDigit)) {
        return osmDate(start, Integer.parseInt(token));
      }
    } catch (DateTimeException | NumberFormatException e) {
      throw new OpeningHoursSyntaxException(CoreCodes.OPENING_HOURS_DATE, text, start, text.substring(start, pos));
    }
    throw new OpeningHoursSyntaxException(CoreCodes.OPENING_HOURS_DATE, text, start, tokenAt(start));
  }

  private LocalDate osmDate(int start, int year) {
    skipWhitespace();
    for (int i = 0; i < MONTH_CODES.length; i++) {
      if (lookingAtWord(MONTH_CODES[i])) {
        pos += 3;
        skipWhitespace();
        int dayStart = pos;
        while (!atEnd() && isDigit(peek()) && pos - dayStart < 2) {
          pos++;
        }
        if (pos == dayStart || (!atEnd() && (isDigit(peek()) || Character.isLetter(peek()) || peek() == '-'))) {
          throw new OpeningHoursSyntaxException(CoreCodes.OPENING_HOURS_DATE, text, start, tokenAt(start));
        }
        return LocalDate.of(year, Month.of(i + 1), Integer.parseInt(text.substring(dayStart, pos)));
      }
    }
    throw new OpeningHoursSyntaxException(CoreCodes.OPENING_HOURS_DATE, text, start, tokenAt(start));
  }

  private OpeningHoursSyntaxException unexpected(int at) {
    if (at >= text.length()) {
      return new OpeningHoursSyntaxException(CoreCodes.OPENING_HOURS_INCOMPLETE, text, at, "");
    }
    String token = tokenAt(at);
    String word = token.replaceAll("[^A-Za-z].*$", "");
    boolean unsupported = UNSUPPORTED_STARTS.indexOf(token.charAt(0)) >= 0
        || UNSUPPORTED_WORDS.contains(word)
        || UNSUPPORTED_WORDS.contains(word.toLowerCase(Locale.ROOT));
    return new OpeningHoursSyntaxException(
        unsupported ? CoreCodes.OPENING_HOURS_UNSUPPORTED : CoreCodes.OPENING_HOURS_SYNTAX, text, at, token);
  }

  /** The run of characters from {@code at} up to whitespace, {@code ;} or {@code ,} (at least one). */
  private String tokenAt(int at) {
    int end = at;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ';'
        && text.charAt(end) != ',') {
      end++;
    }
    return end == at ? text.substring(at, Math.min(at + 1, text.length())) : text.substring(at, end);
  }

  private boolean lookingAtWord(String word) {
    if (!text.startsWith(word, pos)) {
      return false;
    }
    int after = pos + word.length();
    return after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
  }

  private boolean lookingAtDay() {
    for (String code : DAY_CODES) {
      if (lookingAtWord(code)) {
        return true;
      }
    }
    return false;
  }

  private boolean lookingAtTime() {
    return pos + 2 < text.length() && isDigit(text.charAt(pos)) && isDigit(text.charAt(pos + 1))
        && text.charAt(pos + 2) == ':';
  }

  private void skipWord() {
    while (!atEnd() && Character.isLetter(peek())) {
      pos++;
    }
  }

  private void skipWhitespace() {
    while (!atEnd() && Character.isWhitespace(peek())) {
      pos++;
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private char peek() {
    return atEnd() ? '\0' : text.charAt(pos);
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
