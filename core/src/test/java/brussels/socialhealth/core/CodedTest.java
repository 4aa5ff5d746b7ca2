package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.validation.Severity;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Coded#parse}: the one code lookup of the closed lists, with each list's normalisation and error code. */
class CodedTest {

  /** A closed list whose codes are upper case with underscores, read with hyphens or spaces too. */
  enum Shade implements Coded {
    LIGHT_GREY("LIGHT_GREY"),
    DARK_GREY("DARK_GREY");

    private final String code;

    Shade(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }

    static Shade parse(String text) {
      return Coded.parse(Shade.class, t -> t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'), text,
          CoreCodes.LANGUAGE_UNKNOWN, "shade");
    }
  }

  static Stream<Arguments> languages() {
    return Stream.of(
        Arguments.of("fr", Language.FR),
        Arguments.of("NL", Language.NL),
        Arguments.of(" en ", Language.EN),
        Arguments.of("\tDe\n", Language.DE));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("languages")
  void parsesALanguageCodeIgnoringCaseAndSurroundingBlanks(String text, Language expected) {
    assertThat(Language.parse(text)).isSameAs(expected);
  }

  @Test
  void everyLanguageReadsBackFromItsCode() {
    for (Language language : Language.values()) {
      assertThat(Coded.parse(Language.class, language.code(), CoreCodes.LANGUAGE_UNKNOWN)).isSameAs(language);
    }
  }

  @Test
  void rejectsAnUnknownCodeWithTheListsErrorCodeAndTheInputAsGiven() {
    assertThatThrownBy(() -> Language.parse(" xx "))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getCode()).isEqualTo(CoreCodes.LANGUAGE_UNKNOWN);
          assertThat(e.getInput()).isEqualTo(" xx ");
        });
  }

  @Test
  void rejectsNullAndBlankLikeAnUnknownCode() {
    assertThatThrownBy(() -> Language.parse(null))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.LANGUAGE_UNKNOWN));
    assertThatThrownBy(() -> Language.parse("  "))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(CoreCodes.LANGUAGE_UNKNOWN));
  }

  @Test
  void appliesTheListsOwnNormalisation() {
    assertThat(Shade.parse("light-grey")).isSameAs(Shade.LIGHT_GREY);
    assertThat(Shade.parse(" Dark Grey ")).isSameAs(Shade.DARK_GREY);
    assertThat(Shade.parse("DARK_GREY")).isSameAs(Shade.DARK_GREY);
  }

  @Test
  void passesTheListsMessageArgumentsAfterTheInput() {
    // core.text.blank reads its argument {1}: 'The text in "{1}" is blank.'
    assertThatThrownBy(() -> Coded.parse(Shade.class, "purple", CoreCodes.TEXT_BLANK, "shade"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getCode()).isEqualTo(CoreCodes.TEXT_BLANK);
          assertThat(e.getInput()).isEqualTo("purple");
          assertThat(e.getLocalizedMessages().get(Language.EN)).isEqualTo("The text in \"shade\" is blank.");
        });
  }

  @Test
  void severityKeepsItsOwnParsing() {
    assertThat(Severity.WARNING.code()).isEqualTo("warning");
    assertThat(Severity.parse(" Error ")).isSameAs(Severity.ERROR);
    assertThatThrownBy(() -> Severity.parse("fatal")).isInstanceOf(IllegalArgumentException.class);
  }
}
