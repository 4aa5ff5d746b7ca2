package brussels.socialhealth.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.Messages;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every code of {@link CoreCodes} (opening hours and JSON codes included) has a French, Dutch and English message. */
class CoreMessagesTest {

  @Test
  void everyCoreCodeHasAMessageInFrenchDutchAndEnglish() throws IllegalAccessException {
    List<String> missing = new ArrayList<>();
    int codes = 0;
    for (Field field : CoreCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String code = (String) field.get(null);
        codes++;
        for (Language language : Messages.MESSAGE_LANGUAGES) {
          if (Messages.find(code, language).isEmpty()) {
            missing.add(code + " (" + language.code() + ")");
          }
        }
      }
    }
    assertThat(codes).isGreaterThan(30);
    assertThat(missing).isEmpty();
  }

  @Test
  void jsonCodesAreNamespacedUnderCoreJson() throws IllegalAccessException {
    for (Field field : CoreCodes.class.getFields()) {
      if (field.getName().startsWith("JSON_")) {
        assertThat((String) field.get(null)).startsWith("core.json.");
      }
    }
  }
}
