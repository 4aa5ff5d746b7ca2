package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of {@link CoreCodes} has a message in French, Dutch and English, and the bundles agree. */
class CoreMessagesTest {

  static List<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : CoreCodes.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    return codes;
  }

  static Stream<Language> languages() {
    return Stream.of(Messages.MESSAGE_LANGUAGES);
  }

  private static Set<String> keys(Language language) throws IOException {
    String resource = "/brussels/socialhealth/core/messages_" + language.code() + ".properties";
    try (InputStream in = CoreMessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new TreeSet<>(properties.stringPropertyNames());
    }
  }

  @Test
  void findsTheCodesByReflection() throws IllegalAccessException {
    assertThat(codes()).contains(CoreCodes.PHONE_INVALID, CoreCodes.ENTERPRISE_NUMBER_CHECK_DIGITS)
        .doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).startsWith("core."));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("languages")
  void everyCodeHasAMessageInEachLanguage(Language language) throws Exception {
    Set<String> keys = keys(language);
    assertThat(codes()).allSatisfy(code -> {
      assertThat(keys).as("messages_%s lacks %s", language.code(), code).contains(code);
      assertThat(Messages.find(code, language)).as("%s in %s", code, language).get(
          org.assertj.core.api.InstanceOfAssertFactories.STRING).isNotBlank();
    });
  }

  @Test
  void theThreeBundlesHaveTheSameKeys() throws IOException {
    Set<String> french = keys(Language.FR);
    assertThat(keys(Language.NL)).as("nl vs fr").isEqualTo(french);
    assertThat(keys(Language.EN)).as("en vs fr").isEqualTo(french);
  }

  @Test
  void everyBundleKeyIsADeclaredCode() throws Exception {
    assertThat(keys(Language.EN)).isSubsetOf(codes());
  }
}
