package brussels.socialhealth.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The closed lists of the territory read their codes back, each with its own spelling rules and error code. */
class TerritoryCodedEnumsTest {

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of(List.of(TerritorialLevel.values()), (Function<String, Coded>) TerritorialLevel::parse),
        Arguments.of(List.of(BassinCode.values()), (Function<String, Coded>) BassinCode::parse),
        Arguments.of(List.of(ClssWave.values()), (Function<String, Coded>) ClssWave::parse),
        Arguments.of(List.of(ClssStatus.values()), (Function<String, Coded>) ClssStatus::parse),
        Arguments.of(List.of(AnswerStatus.values()), (Function<String, Coded>) AnswerStatus::parse),
        Arguments.of(List.of(Confidence.values()), (Function<String, Coded>) Confidence::parse),
        Arguments.of(List.of(Coverage.values()), (Function<String, Coded>) Coverage::parse));
  }

  @ParameterizedTest
  @MethodSource("lists")
  void everyConstantReadsBackFromItsCodeInAnyCaseWithBlanksAround(List<Coded> values, Function<String, Coded> parse) {
    for (Coded value : values) {
      assertThat(parse.apply(value.code())).isSameAs(value);
      assertThat(parse.apply(" " + value.code().toUpperCase(Locale.ROOT) + " ")).isSameAs(value);
      assertThat(parse.apply(value.code().toLowerCase(Locale.ROOT))).isSameAs(value);
    }
  }

  static Stream<Arguments> spellings() {
    return Stream.of(
        Arguments.of("Sub-Municipality", TerritorialLevel.SUB_MUNICIPALITY),
        Arguments.of("sud-est", BassinCode.SUD_EST),
        Arguments.of("Centre Ouest", BassinCode.CENTRE_OUEST),
        Arguments.of("nord_est", BassinCode.NORD_EST),
        Arguments.of("H", Confidence.HIGH),
        Arguments.of("m", Confidence.MEDIUM),
        Arguments.of(" l ", Confidence.LOW),
        Arguments.of("1.0", ClssWave.FIRST),
        Arguments.of("NOT-LISTED", ClssStatus.NOT_LISTED));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("spellings")
  void acceptsTheSpellingsEachListDocuments(String text, Coded expected) {
    Coded parsed = switch (expected.getClass().getSimpleName()) {
      case "TerritorialLevel" -> TerritorialLevel.parse(text);
      case "BassinCode" -> BassinCode.parse(text);
      case "Confidence" -> Confidence.parse(text);
      case "ClssWave" -> ClssWave.parse(text);
      default -> ClssStatus.parse(text);
    };
    assertThat(parsed).isSameAs(expected);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of((Function<String, Coded>) TerritorialLevel::parse, "sub_municipality", TerritoryCodes.LEVEL_UNKNOWN, null),
        Arguments.of((Function<String, Coded>) TerritorialLevel::parse, null, TerritoryCodes.LEVEL_UNKNOWN, null),
        Arguments.of((Function<String, Coded>) BassinCode::parse, "ouest", TerritoryCodes.BASSIN_UNKNOWN, null),
        Arguments.of((Function<String, Coded>) Confidence::parse, "x", TerritoryCodes.CODE_UNKNOWN, "confidence"),
        Arguments.of((Function<String, Coded>) Confidence::parse, "hi", TerritoryCodes.CODE_UNKNOWN, "confidence"),
        Arguments.of((Function<String, Coded>) ClssWave::parse, "3.0", TerritoryCodes.CODE_UNKNOWN, "clss-wave"),
        Arguments.of((Function<String, Coded>) ClssStatus::parse, "not_listed", TerritoryCodes.CODE_UNKNOWN, "clss-status"),
        Arguments.of((Function<String, Coded>) AnswerStatus::parse, "lost", TerritoryCodes.CODE_UNKNOWN, "answer-status"),
        Arguments.of((Function<String, Coded>) Coverage::parse, "half", TerritoryCodes.CODE_UNKNOWN, "coverage"));
  }

  @ParameterizedTest(name = "[{index}] \"{1}\"")
  @MethodSource("refusals")
  void refusesAnUnknownCodeWithTheListsErrorCode(Function<String, Coded> parse, String text, String code, String list) {
    assertThatThrownBy(() -> parse.apply(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.getCode()).isEqualTo(code);
      if (list != null) {
        assertThat(e.getLocalizedMessages().get(Language.EN)).isEqualTo("Unknown " + list + " code: \"" + text + "\".");
      }
    });
  }

  @Test
  void writesEveryListAsItsCode() {
    assertThat(BassinCode.SUD_EST.code()).isEqualTo("SUD_EST");
    assertThat(TerritorialLevel.SUB_MUNICIPALITY.code()).isEqualTo("sub-municipality");
    assertThat(Confidence.MEDIUM.code()).isEqualTo("medium");
  }
}
