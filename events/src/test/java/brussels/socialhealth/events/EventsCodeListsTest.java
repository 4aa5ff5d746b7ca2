package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every closed list of the events module travels as a stable lower-case code, reads it back ignoring case
 * and blanks, refuses any other text with {@link EventsCodes#CODE_UNKNOWN}, and has a label in French,
 * Dutch and English.
 */
class EventsCodeListsTest {

  /** One enum of the module: its constants, its parse and its label, seen through {@link Coded}. */
  record CodeList(String name, List<Coded> constants, Function<String, Coded> parse,
      Function<Coded, LocalizedText> label) {

    static <E extends Enum<E> & Coded> CodeList of(Class<E> type, Function<String, E> parse,
        Function<E, LocalizedText> label) {
      return new CodeList(type.getSimpleName(), List.of(type.getEnumConstants()), parse::apply,
          constant -> label.apply(type.cast(constant)));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<CodeList> lists() {
    return Stream.of(
        CodeList.of(Audience.class, Audience::parse, Audience::label),
        CodeList.of(CaseStatus.class, CaseStatus::parse, CaseStatus::label),
        CodeList.of(ComplexityFactor.class, ComplexityFactor::parse, ComplexityFactor::label),
        CodeList.of(EventKind.class, EventKind::parse, EventKind::label),
        CodeList.of(EventStatus.class, EventStatus::parse, EventStatus::label),
        CodeList.of(ExpectationCategory.class, ExpectationCategory::parse, ExpectationCategory::label),
        CodeList.of(HelpdeskChannel.class, HelpdeskChannel::parse, HelpdeskChannel::label),
        CodeList.of(OrientationOutcome.class, OrientationOutcome::parse, OrientationOutcome::label),
        CodeList.of(PlaceKind.class, PlaceKind::parse, PlaceKind::label),
        CodeList.of(PreventionFocus.class, PreventionFocus::parse, PreventionFocus::label),
        CodeList.of(UnmetNeedReason.class, UnmetNeedReason::parse, UnmetNeedReason::label));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void everyConstantHasANonBlankLabelInFrenchDutchAndEnglish(CodeList list) {
    SoftAssertions softly = new SoftAssertions();
    for (Coded constant : list.constants()) {
      LocalizedText label = list.label().apply(constant);
      for (Language language : new Language[] {Language.FR, Language.NL, Language.EN}) {
        softly.assertThat(label.find(language)).as("%s %s in %s", list, constant, language).get().asString()
            .isNotBlank();
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void frenchAndDutchLabelsAreWordsOfTheirLanguageNotTheCode(CodeList list) {
    SoftAssertions softly = new SoftAssertions();
    for (Coded constant : list.constants()) {
      LocalizedText label = list.label().apply(constant);
      String code = constant.code();
      for (Language language : new Language[] {Language.FR, Language.NL}) {
        String text = label.get(language);
        softly.assertThat(text.equalsIgnoreCase(code) || text.equalsIgnoreCase(code.replace('-', ' ')))
            .as("%s %s in %s: \"%s\" is only the code", list, constant, language, text).isFalse();
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void noTwoConstantsShareACodeOrALabel(CodeList list) {
    assertThat(list.constants().stream().map(Coded::code)).doesNotHaveDuplicates();
    for (Language language : new Language[] {Language.FR, Language.NL, Language.EN}) {
      assertThat(list.constants().stream().map(constant -> list.label().apply(constant).get(language)))
          .as("%s labels in %s", list, language).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void codesAreTheConstantNamesInLowerCaseWithHyphens(CodeList list) {
    // the wire form published before the labels: it must never change
    for (Coded constant : list.constants()) {
      String name = ((Enum<?>) constant).name();
      assertThat(constant.code()).as("%s %s", list, name)
          .isEqualTo(name.toLowerCase(Locale.ROOT).replace('_', '-'))
          .matches("[a-z]+(-[a-z]+)*");
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void everyConstantReadsBackFromItsCodeIgnoringCaseAndBlanks(CodeList list) {
    for (Coded constant : list.constants()) {
      String code = constant.code();
      assertThat(list.parse().apply(code)).isSameAs(constant);
      assertThat(list.parse().apply(" " + code.toUpperCase(Locale.ROOT) + "\t")).isSameAs(constant);
      assertThat(list.parse().apply("\n" + code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1) + "  "))
          .isSameAs(constant);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void refusesAnUnknownCodeWithCodeUnknownNamingTheListAndItsCodes(CodeList list) {
    String expected = list.constants().stream().map(Coded::code).collect(Collectors.joining(", "));
    for (String text : new String[] {"no-such-code", " ", "", null}) {
      assertThatThrownBy(() -> list.parse().apply(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
        assertThat(e.getCode()).isEqualTo(EventsCodes.CODE_UNKNOWN);
        assertThat(e.getLocalizedMessages().get(Language.EN))
            .isEqualTo("Unknown code \"" + text + "\" for " + list + " (expected: " + expected + ").");
        assertThat(e.getLocalizedMessages().get(Language.FR)).contains(list.toString(), expected);
        assertThat(e.getLocalizedMessages().get(Language.NL)).contains(list.toString(), expected);
      });
    }
  }
}
