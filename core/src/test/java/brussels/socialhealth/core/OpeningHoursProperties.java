package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.core.json.jackson2.SocialHealthJackson2;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OpeningHoursProperties {

  @Property
  void anySchedulePrintsAndParsesBackEqual(@ForAll("schedules") OpeningHours hours) {
    String canonical = hours.toString();
    OpeningHours parsed = OpeningHours.parse(canonical);
    assertThat(parsed).isEqualTo(hours);
    assertThat(parsed.toString()).isEqualTo(canonical);
  }

  @Property(tries = 200)
  void anyScheduleSurvivesJsonUnderBothJacksonLines(@ForAll("schedules") OpeningHours hours) throws Exception {
    String json = SocialHealthJson.strictMapper().writeValueAsString(hours);
    assertThat(SocialHealthJackson2.strictMapper().writeValueAsString(hours)).isEqualTo(json);
    assertThat(SocialHealthJson.strictMapper().readValue(json, OpeningHours.class)).isEqualTo(hours);
    assertThat(SocialHealthJackson2.strictMapper().readValue(json, OpeningHours.class)).isEqualTo(hours);
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
