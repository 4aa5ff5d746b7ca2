package brussels.socialhealth.examples;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.MessageCalls;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.directory.DirectoryCodes;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesCodesTest {

  private static List<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : ExamplesCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    return codes;
  }

  @Test
  void everyCodeHasAMessageInFrenchDutchAndEnglish() throws IllegalAccessException {
    List<String> codes = codes();

    assertThat(codes).hasSizeGreaterThan(10);
    for (String code : codes) {
      assertThat(code).startsWith("examples.");
      for (Language language : Messages.MESSAGE_LANGUAGES) {
        assertThat(Messages.find(code, language)).as("%s in %s", code, language).isPresent();
      }
    }
  }

  @Test
  void everyCodeUsesTheSamePlaceholdersInFrenchDutchAndEnglish() {
    brussels.socialhealth.core.MessageBundles.assertComplete(ExamplesCodes.class);
  }

  @Test
  void everyCodeIsDistinct() throws IllegalAccessException {
    assertThat(codes()).doesNotHaveDuplicates();
  }

  @Test
  void everyCallOfTheModuleSuppliesTheArgumentsItsMessageNeeds() {
    MessageCalls.assertArgumentsCoverPlaceholders(Path.of("src/main/java"), ExamplesCodes.class,
        DirectoryCodes.class, ExchangeCodes.class);
  }
}
