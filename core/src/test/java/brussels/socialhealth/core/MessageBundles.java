package brussels.socialhealth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;

/**
 * Message-bundle checks shared by the tests of every module (other modules take it from core's test-jar,
 * {@code <type>test-jar</type>} in test scope): every code of a module's {@code *Codes} class has a
 * message in French, Dutch and English, and the bundles hold nothing else.
 *
 * <p>The codes of a class are the values of its {@code public static final String} fields that have the
 * shape of a code (dot-separated lower-case words, {@code territory.commune.unknown}); other constants,
 * such as a regular expression, are not codes. The module of a class is the package segment after
 * {@code brussels.socialhealth} ({@code directory} for {@code brussels.socialhealth.directory.exchange}),
 * and its codes must start with its package path ({@code directory.exchange.}).
 */
public final class MessageBundles {
  private static final String ROOT = "brussels.socialhealth.";
  private static final Pattern CODE_SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  private MessageBundles() {}

  /**
   * Returns the codes a constants class declares, in declaration order.
   *
   * @param codesClass the module's {@code *Codes} class; not null
   * @return the codes, possibly with duplicates (which {@link #assertComplete} reports)
   */
  public static List<String> codes(Class<?> codesClass) {
    List<String> codes = new ArrayList<>();
    for (Field field : codesClass.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        String value = read(field);
        if (CODE_SHAPE.matcher(value).matches()) {
          codes.add(value);
        }
      }
    }
    return codes;
  }

  /**
   * Asserts that a constants class declares at least one code, no code twice, every code in the
   * namespace of its package, that every code has a non-blank message in each of
   * {@link Messages#MESSAGE_LANGUAGES}, and that the three messages of a code use the same placeholders
   * ({@code {0}}, {@code {1}}...: a translation that drops or invents one shows a wrong or a raw value).
   * All faults are reported together.
   *
   * @param codesClass the module's {@code *Codes} class, in the module's package; not null
   * @throws AssertionError listing every fault
   */
  public static void assertComplete(Class<?> codesClass) {
    List<String> codes = codes(codesClass);
    String namespace = namespace(codesClass);
    assertThat(codes).as("codes of %s", codesClass.getName()).isNotEmpty().doesNotHaveDuplicates();
    SoftAssertions softly = new SoftAssertions();
    for (String code : codes) {
      softly.assertThat(code).as("namespace of %s", code).startsWith(namespace);
      for (Language language : Messages.MESSAGE_LANGUAGES) {
        softly.assertThat(Messages.find(code, language)).as("messages_%s lacks %s", language.code(), code)
            .hasValueSatisfying(text -> assertThat(text).as("%s in %s", code, language.code()).isNotBlank());
      }
      Set<String> english = placeholders(Messages.find(code, Language.EN).orElse(""));
      for (Language language : List.of(Language.FR, Language.NL)) {
        softly.assertThat(placeholders(Messages.find(code, language).orElse("")))
            .as("placeholders of %s in %s vs en", code, language.code()).isEqualTo(english);
      }
    }
    softly.assertAll();
  }

  /**
   * Asserts that the French, Dutch and English bundles of a module hold the same keys, and that each key
   * is a code of one of the given classes (no message is left behind when a code is removed).
   *
   * @param codesClasses every constants class whose codes live in the module's bundles, the first one
   *     naming the module; not empty
   * @throws AssertionError if the bundles differ or hold a key no class declares
   */
  public static void assertBundlesHoldOnlyDeclaredCodes(Class<?>... codesClasses) {
    String module = namespace(codesClasses[0]).split("\\.")[0];
    Set<String> declared = new TreeSet<>();
    for (Class<?> codesClass : codesClasses) {
      declared.addAll(codes(codesClass));
    }
    Set<String> french = keys(module, Language.FR);
    assertThat(keys(module, Language.NL)).as("nl vs fr keys of %s", module).isEqualTo(french);
    assertThat(keys(module, Language.EN)).as("en vs fr keys of %s", module).isEqualTo(french);
    assertThat(french).as("keys of the %s bundles", module).isSubsetOf(declared);
  }

  /**
   * Returns the placeholders ({@code {0}}, {@code {1}}...) a message template uses.
   *
   * @param template the template; not null
   * @return the placeholders, sorted
   */
  public static Set<String> placeholders(String template) {
    Set<String> found = new TreeSet<>();
    PLACEHOLDER.matcher(template).results().forEach(match -> found.add(match.group()));
    return found;
  }

  private static Set<String> keys(String module, Language language) {
    String resource = "brussels/socialhealth/" + module + "/messages_" + language.code() + ".properties";
    try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new TreeSet<>(properties.stringPropertyNames());
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private static String namespace(Class<?> codesClass) {
    String packageName = codesClass.getPackageName();
    assertThat(packageName).as("package of %s", codesClass.getName()).startsWith(ROOT);
    return packageName.substring(ROOT.length()) + ".";
  }

  private static String read(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot read " + field, e);
    }
  }
}
