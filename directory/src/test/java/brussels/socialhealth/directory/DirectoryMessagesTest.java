package brussels.socialhealth.directory;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.Messages;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DirectoryMessagesTest {

  static Stream<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : DirectoryCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        String value = (String) field.get(null);
        if (value.startsWith("directory.")) {
          codes.add(value);
        }
      }
    }
    return codes.stream();
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everyCodeHasAMessageInFrenchDutchAndEnglish(String code) {
    for (Language language : Messages.MESSAGE_LANGUAGES) {
      assertThat(Messages.find(code, language)).as("%s in %s", code, language).isPresent();
      assertThat(Messages.find(code, language).orElseThrow()).as("%s in %s", code, language).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everyCodeIsNamespacedByTheModule(String code) {
    assertThat(code).matches("directory\\.[a-z-]+(\\.[a-z-]+)*");
  }
}
