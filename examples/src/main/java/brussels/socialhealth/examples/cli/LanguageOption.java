package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The shared {@code --lang fr|nl|en} option, a picocli mixin present on every command.
 *
 * <p>The option may be given before or after the sub-command name ({@code socialhealth --lang nl demo}
 * or {@code socialhealth demo --lang nl}); the value closest to the running command wins. Without the
 * option the language comes from the environment variable {@value #ENVIRONMENT_VARIABLE} when it holds
 * {@code fr}, {@code nl} or {@code en}, and is English otherwise.
 *
 * <p>Mutable (picocli sets the field); one instance per command, used from one thread.
 */
public final class LanguageOption {
  /** The environment variable that sets the default language. */
  public static final String ENVIRONMENT_VARIABLE = "SOCIALHEALTH_LANG";

  /** The language used when neither the option nor the environment variable says otherwise. */
  public static final Language DEFAULT = Language.EN;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--lang",
      paramLabel = "fr|nl|en",
      converter = LanguageConverter.class,
      description = "Language of the messages: fr, nl or en (default: $" + ENVIRONMENT_VARIABLE
          + " if set, else en).")
  Language language;

  /**
   * Creates the mixin; picocli calls this.
   */
  public LanguageOption() {}

  /**
   * Returns the language chosen for the running command.
   *
   * @return the language, never null
   */
  public Language get() {
    return resolve(mixee);
  }

  /**
   * Returns the language chosen for a command: the {@code --lang} given closest to it (on the command or
   * on one of its parents), else the environment default.
   *
   * @param command the command; may be null (then the environment default)
   * @return the language, never null
   */
  public static Language resolve(CommandSpec command) {
    for (CommandSpec spec = command; spec != null; spec = spec.parent()) {
      for (CommandSpec mixin : spec.mixins().values()) {
        if (mixin.userObject() instanceof LanguageOption) {
          Language chosen = ((LanguageOption) mixin.userObject()).language;
          if (chosen != null) {
            return chosen;
          }
        }
      }
    }
    return fromEnvironment(System.getenv(ENVIRONMENT_VARIABLE)).orElse(DEFAULT);
  }

  /**
   * Returns the language named by the environment variable's value, if it is one of fr, nl, en.
   *
   * @param value the variable's value; may be null
   * @return the language, or empty if the value is absent or not a message language
   */
  static Optional<Language> fromEnvironment(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new LanguageConverter().convert(value));
    } catch (TypeConversionException e) {
      return Optional.empty();
    }
  }

  /** Converts {@code fr}, {@code nl}, {@code en} (any case) to a {@link Language}; rejects German. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        Language language = Language.parse(value.strip().toLowerCase(Locale.ROOT));
        if (language != Language.DE) {
          return language;
        }
      } catch (InvalidValueException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not fr, nl or en");
    }
  }
}
