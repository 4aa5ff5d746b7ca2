package brussels.socialhealth.territory;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.Messages;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every code of {@link TerritoryCodes} has a message in French, Dutch and English. */
class TerritoryMessagesTest {

  static List<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : TerritoryCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    return codes;
  }

  @Test
  void everyCodeHasAMessageInFrenchDutchAndEnglish() throws IllegalAccessException {
    List<String> codes = codes();
    assertThat(codes).hasSizeGreaterThan(40).allMatch(c -> c.startsWith("territory."));
    SoftAssertions softly = new SoftAssertions();
    for (String code : codes) {
      for (Language language : Messages.MESSAGE_LANGUAGES) {
        softly.assertThat(Messages.find(code, language)).as("%s in %s", code, language.code())
            .hasValueSatisfying(text -> assertThat(text).isNotBlank());
      }
    }
    softly.assertAll();
  }

  @Test
  void codesAreUnique() throws IllegalAccessException {
    assertThat(codes()).doesNotHaveDuplicates();
  }

  @Test
  void rendersTheOffendingValueInEachLanguage() {
    assertThat(Messages.render(TerritoryCodes.DATA_COMMUNE_WITHOUT_BASSIN, "21099").getValues().values())
        .hasSize(3).allMatch(text -> text.contains("21099"));
  }
}
