package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OpeningHoursProperties {

  @Property
  void anySchedulePrintsAndParsesBackEqual(@ForAll("schedules") OpeningHours hours) {
    String canonical = hours.toString();
    OpeningHours parsed = OpeningHours.parse(canonical);
    assertThat(parsed).isEqualTo(hours);
    assertThat(parsed.toString()).isEqualTo(canonical);
  }

  @Property(tries = 200)
  void anyScheduleSurvivesJsonUnderBothJacksonLines(@ForAll("schedules") OpeningHours hours) {
    GoldenJson.assertRoundTrip(hours, OpeningHours.class);
  }

  @Property(tries = 300)
  void nextChangeIsTheFirstMomentTheAnswerChanges(@ForAll("schedules") OpeningHours hours,
      @ForAll @IntRange(min = 0, max = 2 * 366 * 24 * 60) int minutes) {
    // Moments spread over 2026 and 2027, both clock changes of each year included.
    Instant from = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(minutes * 60L + 17);
    boolean open = hours.isOpenAt(from);
    Optional<ZonedDateTime> next = hours.nextChange(from);
    if (next.isEmpty()) {
      for (int day = 1; day <= 14; day++) {
        assertThat(hours.isOpenAt(from.plus(Duration.ofHours(day * 24L - 5)))).isEqualTo(open);
      }
      return;
    }
    Instant change = next.get().toInstant();
    assertThat(change).isAfter(from);
    assertThat(hours.isOpenAt(change)).isNotEqualTo(open);
    assertThat(hours.isOpenAt(change.minusNanos(1))).isEqualTo(open);
    long span = Duration.between(from, change).toMinutes();
    for (int i = 1; i < 20; i++) {
      assertThat(hours.isOpenAt(from.plus(Duration.ofMinutes(span * i / 20)))).isEqualTo(open);
    }
  }

  @Property
  void anyTimeRangePrintsAndParsesBackEqual(@ForAll("ranges") TimeRange range) {
    assertThat(TimeRange.parse(range.toString())).isEqualTo(range);
  }

  @Provide
  Arbitrary<TimeRange> ranges() {
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 24 * 60 - 1);
    return Combinators.combine(minutes, minutes)
        .filter((start, end) -> !start.equals(end) || start == 0)
        .as((start, end) -> TimeRange.of(LocalTime.ofSecondOfDay(start * 60L), LocalTime.ofSecondOfDay(end * 60L)));
  }

  @Provide
  Arbitrary<OpeningHours> schedules() {
    Arbitrary<List<TimeRange>> dayRanges = ranges().list().ofMaxSize(3);
    Arbitrary<List<List<TimeRange>>> week = dayRanges.list().ofSize(7);
    Arbitrary<Optional<List<TimeRange>>> holidays = dayRanges.optional();
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 1500).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    Arbitrary<List<LocalDate>> exceptionDates = dates.list().ofMaxSize(3).uniqueElements();
    Arbitrary<List<List<TimeRange>>> exceptionRanges = dayRanges.list().ofSize(3);
    return Combinators.combine(week, holidays, exceptionDates, exceptionRanges).as((days, ph, exDates, exRanges) -> {
      OpeningHours.Builder builder = OpeningHours.builder();
      for (DayOfWeek day : DayOfWeek.values()) {
        builder.putDay(day, days.get(day.ordinal()));
      }
      builder.publicHolidays(ph);
      for (int i = 0; i < exDates.size(); i++) {
        builder.putException(exDates.get(i), exRanges.get(i));
      }
      return builder.build();
    });
  }
}
