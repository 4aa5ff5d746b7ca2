package brussels.socialhealth.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trilingual message catalogue behind every error code of the library.
 *
 * <p>A code is namespaced by its module: {@code core.phone.invalid} is looked up in
 * {@code brussels/socialhealth/core/messages_fr.properties}, {@code _nl} and {@code _en} (UTF-8).
 * Placeholders are {@code {0}}, {@code {1}}... and are replaced literally (no {@code MessageFormat}
 * quoting rules, so French apostrophes need no escaping). {@code {0}} is by convention the offending
 * value.
 *
 * <p>Thread-safe; bundles are read once and cached.
 */
public final class Messages {
  /** The languages every message exists in. */
  public static final Language[] MESSAGE_LANGUAGES = {Language.FR, Language.NL, Language.EN};

  private static final Map<String, Map<Language, Properties>> BUNDLES = new ConcurrentHashMap<>();

  private Messages() {}

  /**
   * Renders the message of a code in French, Dutch and English.
   *
   * @param code a namespaced code such as {@code core.phone.invalid}; not null
   * @param arguments the placeholder values
   * @return the message; if a language lacks the code, the code itself stands in (a test in each module
   *     makes sure that never happens for the library's own codes)
   */
  public static LocalizedText render(String code, Object... arguments) {
    LocalizedText.Builder text = LocalizedText.builder();
    for (Language language : MESSAGE_LANGUAGES) {
      String template = find(code, language).orElse(code);
      text.putValue(language, format(template, arguments));
    }
    return text.build();
  }

  /**
   * Returns the raw template of a code in one language, if the bundle has it.
   *
   * @param code a namespaced code; not null
   * @param language the language; not null
   * @return the template, or empty if missing
   */
  public static Optional<String> find(String code, Language language) {
    int dot = code.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String module = code.substring(0, dot);
    Properties properties =
        BUNDLES.computeIfAbsent(module, Messages::load).get(language);
    return Optional.ofNullable(properties == null ? null : properties.getProperty(code));
  }

  private static Map<Language, Properties> load(String module) {
    Map<Language, Properties> bundles = new EnumMap<>(Language.class);
    for (Language language : MESSAGE_LANGUAGES) {
      String resource = "brussels/socialhealth/" + module + "/messages_" + language.code() + ".properties";
      ClassLoader loader = Messages.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in != null) {
          Properties properties = new Properties();
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          bundles.put(language, properties);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return bundles;
  }

  private static String format(String template, Object... arguments) {
    String result = template;
    for (int i = 0; i < arguments.length; i++) {
      result = result.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return result;
  }
}
