package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeriodTest {
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);
  private static final Period YEAR_2024 = Period.of(JAN_1, DEC_31);

  static Stream<Arguments> canonicalForms() {
    return Stream.of(
        Arguments.of(YEAR_2024, "2024-01-01/2024-12-31"),
        Arguments.of(Period.startingOn(JAN_1), "2024-01-01/.."),
        Arguments.of(Period.endingOn(DEC_31), "../2024-12-31"),
        Arguments.of(Period.unbounded(), "../.."),
        Arguments.of(Period.of(JAN_1, JAN_1), "2024-01-01/2024-01-01"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("canonicalForms")
  void printsAndParsesTheIsoIntervalForm(Period period, String text) {
    assertThat(period.toString()).isEqualTo(text);
    assertThat(Period.parse(text)).isEqualTo(period);
  }

  @Test
  void readsEmptySidesAndBlanksAsOpenEnds() {
    assertThat(Period.parse("2024-01-01/")).isEqualTo(Period.startingOn(JAN_1));
    assertThat(Period.parse(" 2024-01-01 / 2024-12-31 ")).isEqualTo(YEAR_2024);
    assertThat(Period.parse("/")).isEqualTo(Period.unbounded());
  }

  static Stream<String> malformed() {
    return Stream.of("", "2024-01-01", "2024-01-01/2024-12-31/2025-01-01", "01/01/2024",
        "2024-13-01/..", "2024-02-30/..", "../P1Y", "2024-01-01--2024-12-31");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("malformed")
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.PERIOD_UNPARSEABLE));
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertThatThrownBy(() -> Period.of(DEC_31, JAN_1))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.PERIOD_END_BEFORE_START));
    assertThatThrownBy(() -> Period.parse("2024-12-31/2024-01-01"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getCode()).isEqualTo(CoreCodes.PERIOD_END_BEFORE_START);
          assertThat(e.getInput()).isEqualTo("2024-12-31/2024-01-01");
        });
  }

  @Test
  void containsBothEndsInclusive() {
    assertThat(YEAR_2024.contains(JAN_1)).isTrue();
    assertThat(YEAR_2024.contains(DEC_31)).isTrue();
    assertThat(YEAR_2024.contains(LocalDate.of(2024, 6, 15))).isTrue();
    assertThat(YEAR_2024.contains(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(YEAR_2024.contains(LocalDate.of(2025, 1, 1))).isFalse();
  }

  @Test
  void openEndsAreUnbounded() {
    assertThat(Period.startingOn(JAN_1).contains(LocalDate.of(2999, 1, 1))).isTrue();
    assertThat(Period.startingOn(JAN_1).contains(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(Period.endingOn(DEC_31).contains(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(Period.unbounded().contains(LocalDate.MIN)).isTrue();
  }

  static Stream<Arguments> overlapCases() {
    return Stream.of(
        Arguments.of("2024-01-01/2024-12-31", "2024-12-31/2025-06-30", true),
        Arguments.of("2024-01-01/2024-12-31", "2025-01-01/2025-06-30", false),
        Arguments.of("2024-01-01/2024-12-31", "2024-03-01/2024-03-31", true),
        Arguments.of("2024-01-01/2024-12-31", "2023-01-01/2023-12-31", false),
        Arguments.of("2024-01-01/2024-12-31", "2023-06-01/2024-01-01", true),
        Arguments.of("2024-01-01/..", "../2023-12-31", false),
        Arguments.of("2024-01-01/..", "../2024-01-01", true),
        Arguments.of("2024-01-01/..", "2030-01-01/2030-12-31", true),
        Arguments.of("../..", "2024-01-01/2024-01-01", true),
        Arguments.of("../2024-12-31", "../2020-01-01", true));
  }

  @ParameterizedTest(name = "{0} overlaps {1}: {2}")
  @MethodSource("overlapCases")
  void overlapsWhenSomeDayIsInBoth(String first, String second, boolean expected) {
    assertThat(Period.parse(first).overlaps(Period.parse(second))).isEqualTo(expected);
    assertThat(Period.parse(second).overlaps(Period.parse(first))).isEqualTo(expected);
  }

  @Test
  void isOpenEndedWhenAnEndIsMissing() {
    assertThat(YEAR_2024.isOpenEnded()).isFalse();
    assertThat(Period.startingOn(JAN_1).isOpenEnded()).isTrue();
    assertThat(Period.endingOn(DEC_31).isOpenEnded()).isTrue();
    assertThat(Period.unbounded().isOpenEnded()).isTrue();
  }

  @Test
  void isEqualWhenBothEndsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(YEAR_2024, Period.parse("2024-01-01/2024-12-31"),
            Period.of(Optional.of(JAN_1), Optional.of(DEC_31)))
        .addEqualityGroup(Period.startingOn(JAN_1), Period.parse("2024-01-01/.."))
        .addEqualityGroup(Period.endingOn(DEC_31))
        .addEqualityGroup(Period.unbounded())
        .testEquals();
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "period", YEAR_2024, Period.class);
    GoldenJson.assertGolden(getClass(), "period-open-ended", Period.startingOn(JAN_1), Period.class);
    GoldenJson.assertGolden(getClass(), "period-unbounded", Period.unbounded(), Period.class);
  }
}
