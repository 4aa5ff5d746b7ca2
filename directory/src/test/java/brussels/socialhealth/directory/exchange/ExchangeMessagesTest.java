package brussels.socialhealth.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.Messages;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExchangeMessagesTest {

  static Stream<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : ExchangeCodes.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    return codes.stream();
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everyCodeHasAMessageInFrenchDutchAndEnglish(String code) {
    for (Language language : Messages.MESSAGE_LANGUAGES) {
      assertThat(Messages.find(code, language)).as(code + " in " + language).isPresent()
          .get().asString().isNotBlank();
    }
  }

  @Test
  void everyCodeUsesTheSamePlaceholdersInFrenchDutchAndEnglish() {
    brussels.socialhealth.core.MessageBundles.assertComplete(ExchangeCodes.class);
  }

  @Test
  void everyCodeIsInTheExchangeNamespaceAndUnique() throws IllegalAccessException {
    List<String> codes = codes().toList();

    assertThat(codes).allMatch(code -> code.startsWith("directory.exchange.")).doesNotHaveDuplicates();
    assertThat(codes).hasSizeGreaterThan(30);
  }
}
