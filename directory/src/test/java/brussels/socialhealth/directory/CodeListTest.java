package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodeListTest {

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("theme", (Supplier<List<? extends Code>>) Theme::values),
        Arguments.of("target-public", (Supplier<List<? extends Code>>) TargetPublic::values),
        Arguments.of("sector", (Supplier<List<? extends Code>>) Sector::values),
        Arguments.of("organisation-kind", (Supplier<List<? extends Code>>) OrganisationKind::values),
        Arguments.of("access-mode", (Supplier<List<? extends Code>>) AccessMode::values),
        Arguments.of("spoken-language", (Supplier<List<? extends Code>>) SpokenLanguage::values),
        Arguments.of("accessibility-feature", (Supplier<List<? extends Code>>) AccessibilityFeature::values),
        Arguments.of("role", (Supplier<List<? extends Code>>) Role::values),
        Arguments.of("body-kind", (Supplier<List<? extends Code>>) BodyKind::values));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void labelsEveryBuiltInCodeInFrenchDutchAndEnglish(String list, Supplier<List<? extends Code>> values) {
    assertThat(values.get()).isNotEmpty().allSatisfy(code -> {
      assertThat(code.getCode()).matches("[a-z0-9][a-z0-9-]*");
      assertThat(code.isDefined()).isTrue();
      assertThat(code.getLabel().find(Language.FR)).isPresent();
      assertThat(code.getLabel().find(Language.NL)).isPresent();
      assertThat(code.getLabel().find(Language.EN)).isPresent();
    });
  }

  @Test
  void parsesABuiltInCodeToTheSameConstantIgnoringCaseAndUnderscores() {
    assertThat(Theme.parse(" Mental_Health ")).isSameAs(Theme.MENTAL_HEALTH);
    assertThat(OrganisationKind.parse("cpas").getLabel(Language.NL)).isEqualTo("OCMW");
  }

  @Test
  void readsAnUndefinedCodeWithoutLosingIt() {
    Theme unknown = Theme.parse("urban-gardening");

    assertThat(unknown.isDefined()).isFalse();
    assertThat(unknown.toString()).isEqualTo("urban-gardening");
    assertThat(unknown.getLabel(Language.NL)).isEqualTo("urban-gardening");
  }

  @Test
  void letsUsersDefineTheirOwnCodes() {
    TargetPublic students = TargetPublic.define("students", LocalizedText.of("Étudiant·es", "Studenten", "Students"));

    assertThat(TargetPublic.parse("students")).isSameAs(students);
    assertThat(TargetPublic.values()).contains(students);
    assertThat(TargetPublic.define("students", LocalizedText.of("Étudiant·es", "Studenten", "Students")))
        .isSameAs(students);
  }

  @Test
  void refusesToRedefineACodeWithAnotherLabel() {
    assertThatThrownBy(() -> Theme.define("housing", LocalizedText.of("Habitat", "Wonen")))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(DirectoryCodes.CODE_CONFLICT));
  }

  @Test
  void rejectsAMalformedCode() {
    assertThatThrownBy(() -> Theme.parse("santé mentale"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getCode()).isEqualTo(DirectoryCodes.CODE_INVALID);
          assertThat(e.getLocalizedMessages().get(Language.FR)).contains("« santé mentale »").contains("theme");
        });
  }

  @Test
  void rejectsAnUnknownCodeOfAClosedList() {
    assertThatThrownBy(() -> Cost.parse("cheap"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.getCode()).isEqualTo(DirectoryCodes.CODE_INVALID));
    assertThat(Cost.parse("INCOME_BASED")).isEqualTo(Cost.INCOME_BASED);
  }

  @Test
  void comparesCodesByListAndCode() {
    new EqualsTester()
        .addEqualityGroup(Theme.MENTAL_HEALTH, Theme.parse("mental-health"))
        .addEqualityGroup(Sector.MENTAL_HEALTH, Sector.parse("mental-health"))
        .addEqualityGroup(Theme.parse("urban-gardening"), Theme.parse("URBAN-GARDENING"))
        .testEquals();
  }
}
