package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void returnsExactLanguageWhenPresent() {
    LocalizedText text = LocalizedText.of("Forest", "Vorst");
    assertThat(text.get(Language.NL)).isEqualTo("Vorst");
    assertThat(text.get(Language.FR)).isEqualTo("Forest");
  }

  @Test
  void fallsBackToTheOtherOfficialLanguageThenEnglish() {
    assertThat(LocalizedText.of(Language.FR, "Maison médicale").get(Language.NL)).isEqualTo("Maison médicale");
    assertThat(LocalizedText.of(Language.EN, "Medical house").get(Language.NL)).isEqualTo("Medical house");
    assertThat(LocalizedText.of("Forest", "Vorst", "Forest (EN)").get(Language.DE)).isEqualTo("Forest (EN)");
    assertThat(LocalizedText.of(Language.NL, "Vorst").get(Language.EN)).isEqualTo("Vorst");
  }

  @Test
  void findReturnsOnlyTheExactLanguage() {
    assertThat(LocalizedText.of(Language.FR, "Forest").find(Language.NL)).isEmpty();
  }

  @Test
  void officialLanguagesRequireFrenchAndDutch() {
    assertThat(LocalizedText.of("Forest", "Vorst").hasOfficialLanguages()).isTrue();
    assertThat(LocalizedText.of(Language.FR, "Forest").hasOfficialLanguages()).isFalse();
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> LocalizedText.of(Language.FR, "  "))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).getCode())
        .isEqualTo(CoreCodes.TEXT_BLANK);
  }

  @Test
  void rejectsEmptyText() {
    assertThatThrownBy(() -> LocalizedText.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(CoreCodes.TEXT_EMPTY);
  }

  @Test
  void withAddsALanguage() {
    assertThat(LocalizedText.of(Language.FR, "Forest").with(Language.NL, "Vorst"))
        .isEqualTo(LocalizedText.of("Forest", "Vorst"));
  }

  @Test
  void writesIdenticalGoldenJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "localized-text",
        LocalizedText.of("Bassin Sud-Est", "Zorgzone Zuid-Oost", "South-East care area"), LocalizedText.class);
  }
}
