package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.core.json.jackson2.SocialHealthJackson2;
import com.google.common.testing.EqualsTester;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpeningHoursTest {
  private static final String OFFICE =
      "Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00; PH off; 2026-12-24 09:00-12:00; 2026-12-31 off";
  private static final String NIGHT_SHELTER = "Mo-Su 20:00-08:00; 2026-12-25 off";
  private static final String HOLIDAY_HOURS = "Mo-Su 09:00-17:00; PH 10:00-12:00; 2026-12-25 off";

  static Stream<Arguments> validInputs() {
    return Stream.of(
        Arguments.of("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00", "Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00"),
        Arguments.of("Mo,We,Fr 08:30-16:00", "Mo,We,Fr 08:30-16:00"),
        Arguments.of("Mo,Tu,We,Th,Fr 09:00-17:00", "Mo-Fr 09:00-17:00"),
        Arguments.of("24/7", "24/7"),
        Arguments.of("Mo-Su 00:00-24:00", "24/7"),
        Arguments.of("00:00-24:00", "24/7"),
        Arguments.of("10:00-18:00", "Mo-Su 10:00-18:00"),
        Arguments.of("off", "off"),
        Arguments.of("closed", "off"),
        Arguments.of("Su off", "off"),
        Arguments.of("Mo-Fr 13:00-17:00,09:00-12:00", "Mo-Fr 09:00-12:00,13:00-17:00"),
        Arguments.of("Mo 09:00-12:00,11:00-14:00", "Mo 09:00-14:00"),
        Arguments.of("Mo 09:00-12:00,12:00-14:00", "Mo 09:00-14:00"),
        Arguments.of("Sa,Su 10:00-12:00", "Sa,Su 10:00-12:00"),
        Arguments.of("Sa-Su 10:00-12:00", "Sa,Su 10:00-12:00"),
        Arguments.of("Fr-Mo 10:00-12:00", "Mo,Fr-Su 10:00-12:00"),
        Arguments.of("Mo-Fr 09:00-17:00; We 09:00-12:00", "Mo,Tu,Th,Fr 09:00-17:00; We 09:00-12:00"),
        Arguments.of("Mo-Fr 09:00-17:00; Mo-Fr 10:00-16:00", "Mo-Fr 10:00-16:00"),
        Arguments.of("Tu 10:00-12:00; Mo 10:00-12:00", "Mo,Tu 10:00-12:00"),
        Arguments.of("Fr 22:00-02:00", "Fr 22:00-02:00"),
        Arguments.of("Mo-Su 20:00-08:00", "Mo-Su 20:00-08:00"),
        Arguments.of("Mo 22:00-00:00", "Mo 22:00-24:00"),
        Arguments.of("Mo 18:00-22:00,21:00-02:00", "Mo 18:00-02:00"),
        Arguments.of("Mo 00:00-24:00,22:00-02:00", "Mo 00:00-24:00,22:00-02:00"),
        Arguments.of("Mo-Fr 09:00-17:00; PH off", "Mo-Fr 09:00-17:00; PH off"),
        Arguments.of("24/7; PH off", "24/7; PH off"),
        Arguments.of("PH 10:00-12:00", "PH 10:00-12:00"),
        Arguments.of("Mo-Fr 09:00-17:00; 2025-12-25 off; 2025-12-24 09:00-12:00",
            "Mo-Fr 09:00-17:00; 2025-12-24 09:00-12:00; 2025-12-25 off"),
        Arguments.of("Mo-Fr 09:00-17:00; 2025 Dec 25 off", "Mo-Fr 09:00-17:00; 2025-12-25 off"),
        Arguments.of("2026-12-24 09:00-12:00", "2026-12-24 09:00-12:00"),
        Arguments.of("  Mo-Fr   09:00-17:00 ;Sa 10:00-12:00  ", "Mo-Fr 09:00-17:00; Sa 10:00-12:00"),
        Arguments.of("Mo-Fr 09:00-12:00 , 13:00-17:00", "Mo-Fr 09:00-12:00,13:00-17:00"));
  }

  @ParameterizedTest
  @MethodSource("validInputs")
  void parsesValidInputToTheOneCanonicalForm(String input, String canonical) {
    OpeningHours hours = OpeningHours.parse(input);
    assertThat(hours.toString()).isEqualTo(canonical);
    assertThat(OpeningHours.parse(canonical)).isEqualTo(hours);
    assertThat(OpeningHours.parse(canonical).toString()).isEqualTo(canonical);
  }

  static Stream<Arguments> invalidInputs() {
    return Stream.of(
        Arguments.of("", CoreCodes.OPENING_HOURS_BLANK, 0, ""),
        Arguments.of("   ", CoreCodes.OPENING_HOURS_BLANK, 0, ""),
        Arguments.of("Mo-Fr", CoreCodes.OPENING_HOURS_INCOMPLETE, 5, ""),
        Arguments.of("Mo-Fr 09:00", CoreCodes.OPENING_HOURS_INCOMPLETE, 11, ""),
        Arguments.of("Mo-Fr 09:00-17:00;", CoreCodes.OPENING_HOURS_INCOMPLETE, 18, ""),
        Arguments.of("Mo-Fr 09:00-17:00,", CoreCodes.OPENING_HOURS_INCOMPLETE, 18, ""),
        Arguments.of("Mo-Fr 9:00-17:00", CoreCodes.OPENING_HOURS_TIME, 6, "9:00"),
        Arguments.of("Mo-Fr 09:00-25:00", CoreCodes.OPENING_HOURS_TIME, 12, "25:00"),
        Arguments.of("Mo-Fr 09:60-17:00", CoreCodes.OPENING_HOURS_TIME, 6, "09:60"),
        Arguments.of("Mo 24:00-02:00", CoreCodes.OPENING_HOURS_TIME, 3, "24:00"),
        Arguments.of("Mo 22:00-26:00", CoreCodes.OPENING_HOURS_TIME, 9, "26:00"),
        Arguments.of("Mo 10:00-10:00", CoreCodes.OPENING_HOURS_EMPTY_RANGE, 3, "10:00-10:00"),
        Arguments.of("Mon 09:00-17:00", CoreCodes.OPENING_HOURS_SYNTAX, 0, "Mon"),
        Arguments.of("Mo-Fr 09:00-17:00; Xy 10:00-12:00", CoreCodes.OPENING_HOURS_SYNTAX, 19, "Xy"),
        Arguments.of("Mo-Fr 08:00-12:00, We 14:00-18:00", CoreCodes.OPENING_HOURS_SYNTAX, 19, "We"),
        Arguments.of("24/7 10:00-12:00", CoreCodes.OPENING_HOURS_SYNTAX, 5, "10:00-12:00"),
        Arguments.of("Mo-Fr 09h-17h", CoreCodes.OPENING_HOURS_TIME, 6, "09"),
        Arguments.of("2025-02-30 off", CoreCodes.OPENING_HOURS_DATE, 0, "2025-02-30"),
        Arguments.of("2025-13-01 off", CoreCodes.OPENING_HOURS_DATE, 0, "2025-13-01"),
        Arguments.of("2025 Dec 32 off", CoreCodes.OPENING_HOURS_DATE, 0, "2025 Dec 32"),
        Arguments.of("PH off; Mo-Fr 09:00-17:00", CoreCodes.OPENING_HOURS_RULE_ORDER, 8, "Mo-Fr"),
        Arguments.of("2025-12-25 off; PH off", CoreCodes.OPENING_HOURS_RULE_ORDER, 16, "PH"),
        Arguments.of("2025-12-25 off; Mo 09:00-12:00", CoreCodes.OPENING_HOURS_RULE_ORDER, 16, "Mo"),
        Arguments.of("Mo-Fr 09:00-17:00; Dec 25 off", CoreCodes.OPENING_HOURS_UNSUPPORTED, 19, "Dec"),
        Arguments.of("Mo-Fr sunrise-sunset", CoreCodes.OPENING_HOURS_UNSUPPORTED, 6, "sunrise-sunset"),
        Arguments.of("Mo-Fr 09:00-17:00 \"by appointment\"", CoreCodes.OPENING_HOURS_UNSUPPORTED, 18, "\"by"),
        Arguments.of("Mo,PH 09:00-12:00", CoreCodes.OPENING_HOURS_UNSUPPORTED, 3, "PH"),
        Arguments.of("Mo[1] 09:00-12:00", CoreCodes.OPENING_HOURS_UNSUPPORTED, 2, "[1]"),
        Arguments.of("Mo-Fr 10:00-16:00+", CoreCodes.OPENING_HOURS_UNSUPPORTED, 17, "+"),
        Arguments.of("SH off", CoreCodes.OPENING_HOURS_UNSUPPORTED, 0, "SH"));
  }

  @ParameterizedTest
  @MethodSource("invalidInputs")
  void rejectsInvalidInputWithCodePositionAndToken(String input, String code, int position, String token) {
    assertThatThrownBy(() -> OpeningHours.parse(input))
        .isInstanceOfSatisfying(OpeningHoursSyntaxException.class, e -> {
          assertThat(e.getCode()).isEqualTo(code);
          assertThat(e.getPosition()).as("position").isEqualTo(position);
          assertThat(e.getToken()).as("token").isEqualTo(token);
          assertThat(e.getInput()).isEqualTo(input);
          if (!code.equals(CoreCodes.OPENING_HOURS_BLANK)) {
            assertThat(e.getLocalizedMessages().get(Language.EN)).contains("position " + position);
          }
          assertThat(e.getLocalizedMessages().get(Language.FR)).contains(token);
          assertThat(e.getLocalizedMessages().get(Language.NL)).contains(token);
        });
  }

  static Stream<Arguments> openAtBrusselsLocalTime() {
    return Stream.of(
        Arguments.of(OFFICE, "2026-11-23T10:00", true),   // Monday morning
        Arguments.of(OFFICE, "2026-11-23T09:00", true),   // start included
        Arguments.of(OFFICE, "2026-11-23T08:59", false),
        Arguments.of(OFFICE, "2026-11-23T12:30", false),  // lunch break
        Arguments.of(OFFICE, "2026-11-23T16:59:59", true),
        Arguments.of(OFFICE, "2026-11-23T17:00", false),  // end excluded
        Arguments.of(OFFICE, "2026-11-28T11:00", true),   // Saturday
        Arguments.of(OFFICE, "2026-11-29T11:00", false),  // Sunday, no rule
        Arguments.of(OFFICE, "2026-11-11T10:00", false),  // Armistice, a Wednesday: PH off
        Arguments.of(OFFICE, "2026-04-06T10:00", false),  // Easter Monday
        Arguments.of(OFFICE, "2026-05-14T10:00", false),  // Ascension Day, a Thursday
        Arguments.of(OFFICE, "2026-05-15T10:00", true),   // the Friday after
        Arguments.of(OFFICE, "2026-12-24T10:00", true),   // exception: morning only
        Arguments.of(OFFICE, "2026-12-24T14:00", false),
        Arguments.of(OFFICE, "2026-12-31T10:00", false),  // exception: closed
        Arguments.of(NIGHT_SHELTER, "2026-11-23T21:00", true),
        Arguments.of(NIGHT_SHELTER, "2026-11-24T07:59", true),  // Monday's night runs into Tuesday
        Arguments.of(NIGHT_SHELTER, "2026-11-24T08:00", false),
        Arguments.of(NIGHT_SHELTER, "2026-11-24T12:00", false),
        Arguments.of(NIGHT_SHELTER, "2026-12-25T02:00", true),  // the night of the 24th still runs
        Arguments.of(NIGHT_SHELTER, "2026-12-25T21:00", false), // the 25th is off
        Arguments.of(NIGHT_SHELTER, "2026-12-26T02:00", false), // so no night runs into the 26th
        Arguments.of(HOLIDAY_HOURS, "2026-11-11T11:00", true),   // Armistice: PH hours
        Arguments.of(HOLIDAY_HOURS, "2026-11-11T13:00", false),
        Arguments.of(HOLIDAY_HOURS, "2026-12-25T11:00", false),  // the date beats the PH rule
        Arguments.of(HOLIDAY_HOURS, "2026-11-15T11:00", true),   // a Sunday that is no holiday
        Arguments.of("Su 03:00-04:00", "2026-03-29T02:30", true), // 02:30 does not exist: read as 03:30
        Arguments.of("Su 03:00-04:00", "2026-03-22T02:30", false));
  }

  @ParameterizedTest
  @MethodSource("openAtBrusselsLocalTime")
  void answersWhetherOpenAtABrusselsLocalTime(String schedule, String localDateTime, boolean open) {
    assertThat(OpeningHours.parse(schedule).isOpenAt(LocalDateTime.parse(localDateTime))).isEqualTo(open);
  }

  static Stream<Arguments> openAtInstantAcrossClockChanges() {
    return Stream.of(
        // Last Sunday of March 2026 (29th): 02:00 CET becomes 03:00 CEST at 01:00 UTC.
        Arguments.of(NIGHT_SHELTER, "2026-03-29T00:30:00Z", true),  // 01:30 CET, Saturday's night
        Arguments.of(NIGHT_SHELTER, "2026-03-29T05:59:00Z", true),  // 07:59 CEST
        Arguments.of(NIGHT_SHELTER, "2026-03-29T06:00:00Z", false), // 08:00 CEST: closes an hour earlier in UTC
        Arguments.of(NIGHT_SHELTER, "2026-03-29T06:30:00Z", false), // 08:30 CEST
        Arguments.of(NIGHT_SHELTER, "2026-03-28T06:30:00Z", true),  // the day before: 07:30 CET
        Arguments.of("Su 02:00-03:00", "2026-03-29T00:59:00Z", false), // 01:59 CET
        Arguments.of("Su 02:00-03:00", "2026-03-29T01:00:00Z", false), // 03:00 CEST: the hour never happened
        Arguments.of("Su 02:00-03:00", "2026-03-22T01:30:00Z", true),  // a week earlier: 02:30 CET
        // Last Sunday of October 2026 (25th): 03:00 CEST becomes 02:00 CET at 01:00 UTC.
        Arguments.of(NIGHT_SHELTER, "2026-10-25T05:30:00Z", true),  // 06:30 CET
        Arguments.of(NIGHT_SHELTER, "2026-10-25T06:59:00Z", true),  // 07:59 CET
        Arguments.of(NIGHT_SHELTER, "2026-10-25T07:00:00Z", false), // 08:00 CET
        Arguments.of(NIGHT_SHELTER, "2026-10-24T06:30:00Z", false), // the day before: 08:30 CEST
        Arguments.of("Su 02:00-03:00", "2026-10-25T00:30:00Z", true),  // 02:30 CEST, first time
        Arguments.of("Su 02:00-03:00", "2026-10-25T01:30:00Z", true),  // 02:30 CET, second time
        Arguments.of("Su 02:00-03:00", "2026-10-25T02:00:00Z", false), // 03:00 CET
        Arguments.of("Su 02:00-03:00", "2026-10-25T00:00:00Z", true),  // 02:00 CEST
        Arguments.of("Su 02:00-03:00", "2026-10-24T23:59:00Z", false)); // 01:59 CEST
  }

  @ParameterizedTest
  @MethodSource("openAtInstantAcrossClockChanges")
  void answersWhetherOpenAtAnInstantAcrossClockChanges(String schedule, String instant, boolean open) {
    OpeningHours hours = OpeningHours.parse(schedule);
    assertThat(hours.isOpenAt(Instant.parse(instant))).isEqualTo(open);
    assertThat(hours.isOpenAt(Instant.parse(instant).atZone(ZoneId.of("America/New_York")))).isEqualTo(open);
  }

  static Stream<Arguments> nextChanges() {
    return Stream.of(
        Arguments.of(OFFICE, "2026-11-23T10:00+01:00[Europe/Brussels]", "2026-11-23T12:00+01:00[Europe/Brussels]"),
        Arguments.of(OFFICE, "2026-11-23T12:00+01:00[Europe/Brussels]", "2026-11-23T13:00+01:00[Europe/Brussels]"),
        Arguments.of(OFFICE, "2026-11-28T12:30+01:00[Europe/Brussels]", "2026-11-30T09:00+01:00[Europe/Brussels]"),
        Arguments.of(OFFICE, "2026-11-10T18:00+01:00[Europe/Brussels]", "2026-11-12T09:00+01:00[Europe/Brussels]"),
        Arguments.of(NIGHT_SHELTER, "2026-03-28T21:00+01:00[Europe/Brussels]",
            "2026-03-29T08:00+02:00[Europe/Brussels]"),
        Arguments.of("24/7; PH off", "2026-11-23T10:00+01:00[Europe/Brussels]",
            "2026-12-25T00:00+01:00[Europe/Brussels]"),
        Arguments.of("Su 02:30-04:00", "2026-03-29T00:00+01:00[Europe/Brussels]",
            "2026-03-29T03:00+02:00[Europe/Brussels]"),
        Arguments.of("Su 02:30-04:00", "2026-03-29T03:00+02:00[Europe/Brussels]",
            "2026-03-29T04:00+02:00[Europe/Brussels]"));
  }

  @ParameterizedTest
  @MethodSource("nextChanges")
  void findsTheNextOpeningOrClosing(String schedule, String from, String expected) {
    assertThat(OpeningHours.parse(schedule).nextChange(ZonedDateTime.parse(from)))
        .contains(ZonedDateTime.parse(expected));
  }

  @Test
  void findsNoChangeForSchedulesThatNeverChange() {
    ZonedDateTime from = ZonedDateTime.parse("2026-11-23T10:00+01:00[Europe/Brussels]");
    assertThat(OpeningHours.parse("24/7").nextChange(from)).isEmpty();
    assertThat(OpeningHours.parse("off").nextChange(from)).isEmpty();
  }

  @Test
  void givesTheRangesOfADayAndOfADate() {
    OpeningHours hours = OpeningHours.parse(OFFICE);
    TimeRange morning = TimeRange.of(LocalTime.of(9, 0), LocalTime.of(12, 0));
    TimeRange afternoon = TimeRange.of(LocalTime.of(13, 0), LocalTime.of(17, 0));
    assertThat(hours.getRanges(DayOfWeek.MONDAY)).containsExactly(morning, afternoon);
    assertThat(hours.getRanges(DayOfWeek.SUNDAY)).isEmpty();
    assertThat(hours.getRanges(LocalDate.of(2026, 12, 24))).containsExactly(morning);
    assertThat(hours.getRanges(LocalDate.of(2026, 12, 25))).isEmpty();
    assertThat(hours.getRanges(LocalDate.of(2026, 12, 23))).containsExactly(morning, afternoon);
    assertThat(hours.getPublicHolidays()).contains(List.of());
    assertThat(hours.getExceptions()).containsOnlyKeys(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31));
  }

  @Test
  void keepsTheSourceTextOutsideEquality() {
    OpeningHours partner = OpeningHours.parse("Mo,Tu,We,Th,Fr 09:00-17:00");
    OpeningHours canonical = OpeningHours.parse("Mo-Fr 09:00-17:00");
    assertThat(partner.getSourceText()).contains("Mo,Tu,We,Th,Fr 09:00-17:00");
    assertThat(OpeningHours.alwaysOpen().getSourceText()).isEmpty();
    new EqualsTester()
        .addEqualityGroup(partner, canonical)
        .addEqualityGroup(OpeningHours.alwaysOpen(), OpeningHours.parse("24/7"))
        .addEqualityGroup(OpeningHours.closed(), OpeningHours.parse("off"), OpeningHours.parse("Su off"))
        .testEquals();
  }

  @Test
  void normalisesWhatTheBuilderReceives() {
    TimeRange late = TimeRange.parse("13:00-17:00");
    TimeRange early = TimeRange.parse("09:00-13:00");
    OpeningHours hours = OpeningHours.builder()
        .putDays(List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), late, early)
        .putDays(List.of(DayOfWeek.SUNDAY))
        .putException(LocalDate.of(2026, 12, 31), List.of())
        .putException(LocalDate.of(2026, 1, 2), List.of(early))
        .build();
    assertThat(hours.toString()).isEqualTo("Mo,Fr 09:00-17:00; 2026-01-02 09:00-13:00; 2026-12-31 off");
    assertThat(hours.getDays()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  }

  @Test
  void travelsAsItsCanonicalStringInJson() throws Exception {
    OpeningHours hours = OpeningHours.parse("Mo,Tu,We,Th,Fr 09:00-17:00; PH off");
    String json = "\"Mo-Fr 09:00-17:00; PH off\"";
    assertThat(SocialHealthJson.strictMapper().writeValueAsString(hours)).isEqualTo(json);
    assertThat(SocialHealthJson.strictMapper().readValue(json, OpeningHours.class)).isEqualTo(hours);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, OpeningHours.class)).isEqualTo(hours);
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "opening-hours", new Schedules(
        OpeningHours.parse("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00; PH off; 2026-12-24 09:00-12:00"),
        OpeningHours.parse("Mo-Su 20:00-08:00; 2026-12-25 off"),
        TimeRange.parse("22:00-02:00")), Schedules.class);
  }

  /** A test-only holder so that the golden file shows several schedules in one document. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"office", "nightShelter", "lateShift"})
  record Schedules(OpeningHours office, OpeningHours nightShelter, TimeRange lateShift) {}

  @Test
  void computesBelgianPublicHolidaysFromEaster() {
    assertThat(BelgianPublicHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(BelgianPublicHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(BelgianPublicHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(BelgianPublicHolidays.of(2026)).containsExactly(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14),
        LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 21), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25));
    for (LocalDate date = LocalDate.of(2026, 1, 1); date.getYear() == 2026; date = date.plusDays(1)) {
      assertThat(BelgianPublicHolidays.isPublicHoliday(date)).as("%s", date)
          .isEqualTo(BelgianPublicHolidays.of(2026).contains(date));
    }
    assertThat(BelgianPublicHolidays.isPublicHoliday(LocalDate.of(2026, 5, 8))).isFalse();
  }

  static Stream<Arguments> timeRanges() {
    return Stream.of(
        Arguments.of("09:00-12:00", false, 180),
        Arguments.of("00:00-24:00", false, 1440),
        Arguments.of("22:00-24:00", false, 120),
        Arguments.of("22:00-02:00", true, 240),
        Arguments.of("00:01-00:00", false, 1439),
        Arguments.of("23:59-23:58", true, 1439));
  }

  @ParameterizedTest
  @MethodSource("timeRanges")
  void timeRangesKnowWhetherTheyRunPastMidnight(String text, boolean overnight, long minutes) {
    TimeRange range = TimeRange.parse(text);
    assertThat(range.isOvernight()).isEqualTo(overnight);
    assertThat(range.getDuration().toMinutes()).isEqualTo(minutes);
  }

  @Test
  void timeRangesRejectEmptyAndSubMinuteRanges() {
    assertThatThrownBy(() -> TimeRange.of(LocalTime.of(10, 0), LocalTime.of(10, 0)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.TIME_RANGE_EMPTY));
    assertThatThrownBy(() -> TimeRange.of(LocalTime.of(10, 0, 30), LocalTime.of(11, 0)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.TIME_RANGE_PRECISION));
    assertThatThrownBy(() -> TimeRange.parse("10:00-11:00 "))
        .isInstanceOfSatisfying(OpeningHoursSyntaxException.class,
            e -> assertThat(e.getPosition()).isEqualTo(11));
    assertThat(TimeRange.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).toString()).isEqualTo("00:00-24:00");
    assertThat(Map.of("k", TimeRange.parse("08:30-16:00")).get("k").getStart()).isEqualTo(LocalTime.of(8, 30));
  }
}
