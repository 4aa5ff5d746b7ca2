package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The closed lists of the directory read their codes ignoring case and blanks, {@code _} counting as
 * {@code -}, and refuse any other code with {@link DirectoryCodes#CODE_INVALID} naming the list.
 */
class DirectoryCodedEnumsTest {

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("cost", List.of(Cost.values()), (Function<String, Coded>) Cost::parse),
        Arguments.of("care-line", List.of(CareLine.values()), (Function<String, Coded>) CareLine::parse),
        Arguments.of("criterion-outcome", List.of(CriterionOutcome.values()),
            (Function<String, Coded>) CriterionOutcome::parse),
        Arguments.of("label-criterion", List.of(LabelCriterion.values()),
            (Function<String, Coded>) LabelCriterion::parse),
        Arguments.of("link-kind", List.of(LinkKind.values()), (Function<String, Coded>) LinkKind::parse));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void everyConstantReadsBackFromItsCodeItsConstantNameOrWithBlanksAround(String list, List<? extends Enum<?>> values,
      Function<String, Coded> parse) {
    for (Enum<?> value : values) {
      String code = ((Coded) value).code();
      assertThat(parse.apply(code)).isSameAs(value);
      assertThat(parse.apply(value.name())).isSameAs(value);
      assertThat(parse.apply(" " + code.toUpperCase(Locale.ROOT) + "\t")).isSameAs(value);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("lists")
  void refusesAnUnknownCodeNamingTheList(String list, List<? extends Enum<?>> values, Function<String, Coded> parse) {
    for (String text : new String[] {"no-such-code", " ", null}) {
      assertThatThrownBy(() -> parse.apply(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
        assertThat(e.getCode()).isEqualTo(DirectoryCodes.CODE_INVALID);
        assertThat(e.getLocalizedMessages().get(Language.EN)).endsWith("of the list " + list
            + " (lower-case letters, digits and hyphens).");
      });
    }
  }
}
