package brussels.socialhealth.events;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.MessageCalls;
import brussels.socialhealth.core.Messages;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of {@link EventsCodes} has a message in French, Dutch and English, and nothing else does. */
class EventsMessagesTest {

  static Stream<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : EventsCodes.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    return codes.stream();
  }

  @ParameterizedTest
  @MethodSource("codes")
  void everyCodeHasAMessageInFrenchDutchAndEnglish(String code) {
    assertThat(code).startsWith("events.");
    for (Language language : Messages.MESSAGE_LANGUAGES) {
      assertThat(Messages.find(code, language)).as("%s in %s", code, language).get().asString().isNotBlank();
    }
    String french = Messages.find(code, Language.FR).orElseThrow();
    String dutch = Messages.find(code, Language.NL).orElseThrow();
    String english = Messages.find(code, Language.EN).orElseThrow();
    assertThat(french).as("French differs from English for %s", code).isNotEqualTo(english);
    assertThat(dutch).as("Dutch differs from English for %s", code).isNotEqualTo(english);
  }

  @Test
  void bundlesHoldNoMessageWithoutACode() throws Exception {
    List<String> codes = codes().collect(java.util.stream.Collectors.toList());
    for (Language language : Messages.MESSAGE_LANGUAGES) {
      Properties bundle = new Properties();
      String resource = "/brussels/socialhealth/events/messages_" + language.code() + ".properties";
      try (InputStream in = getClass().getResourceAsStream(resource)) {
        bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      assertThat(bundle.stringPropertyNames()).as(resource).containsExactlyInAnyOrderElementsOf(codes);
    }
  }

  @Test
  void everyCodeUsesTheSamePlaceholdersInFrenchDutchAndEnglish() {
    brussels.socialhealth.core.MessageBundles.assertComplete(EventsCodes.class);
  }

  @Test
  void placeholdersAreFilledInEveryLanguage() {
    var text = Messages.render(EventsCodes.CASE_TRANSITION_ILLEGAL, "closed", "oriented");
    assertThat(text.find(Language.FR)).contains("Une demande helpdesk ne peut pas passer de « closed » à « oriented ».");
    assertThat(text.find(Language.NL)).contains("Een helpdeskvraag kan niet van \"closed\" naar \"oriented\" gaan.");
    assertThat(text.find(Language.EN)).contains("A helpdesk case cannot go from \"closed\" to \"oriented\".");
  }

  @Test
  void everyCallOfTheModuleSuppliesTheArgumentsItsMessageNeeds() {
    MessageCalls.assertArgumentsCoverPlaceholders(Path.of("src/main/java"), EventsCodes.class);
  }
}
