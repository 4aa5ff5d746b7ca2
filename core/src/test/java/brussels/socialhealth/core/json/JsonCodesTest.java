package brussels.socialhealth.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.Messages;
import java.lang.reflect.Field;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON codes of {@link CoreCodes} live under {@code core.json.} and their messages, in every language,
 * say where the fault is (line and column), except for faults that have no place.
 */
class JsonCodesTest {
  private static final Set<String> WITHOUT_PLACE = Set.of(CoreCodes.JSON_EMPTY, CoreCodes.JSON_DOCUMENT_TOO_LARGE);

  @Test
  void jsonCodesAreNamespacedAndTheirMessagesGiveLineAndColumn() throws IllegalAccessException {
    int count = 0;
    for (Field field : CoreCodes.class.getFields()) {
      if (!field.getName().startsWith("JSON_")) {
        continue;
      }
      String code = (String) field.get(null);
      count++;
      assertThat(code).startsWith("core.json.");
      if (WITHOUT_PLACE.contains(code)) {
        continue;
      }
      for (var language : Messages.MESSAGE_LANGUAGES) {
        assertThat(Messages.find(code, language)).as("%s in %s", code, language).get().asString()
            .contains("{1}").contains("{2}");
      }
    }
    assertThat(count).isEqualTo(18);
  }
}
