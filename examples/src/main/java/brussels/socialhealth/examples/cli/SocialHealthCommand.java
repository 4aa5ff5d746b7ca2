package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.examples.ExamplesCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base class of the {@code socialhealth} sub-commands: it brings the shared {@code --lang} option and
 * helpers to print messages in the user's language to the command's output.
 *
 * <p>A sub-command extends this class, carries {@code @Command(name = ..., mixinStandardHelpOptions =
 * true, versionProvider = SocialHealthCli.Version.class, description = ...)}, implements {@link #call()}
 * returning one of the {@link ExitCodes}, and is added to the {@code subcommands} list of
 * {@link SocialHealthCli}. It writes with {@link #out()} (never {@code System.out}), so that tests can
 * capture the output.
 *
 * <p>Mutable (picocli sets the options); one instance per run.
 */
public abstract class SocialHealthCommand implements Callable<Integer> {
  /** The shared {@code --lang} option. */
  @Mixin
  protected LanguageOption lang;

  /** This command's picocli model, injected by picocli. */
  @Spec
  protected CommandSpec spec;

  /** Creates the command; picocli calls this. */
  protected SocialHealthCommand() {}

  /**
   * Returns the language the user chose for messages.
   *
   * @return the language, never null
   */
  protected Language language() {
    return lang.get();
  }

  /**
   * Returns the command's standard output.
   *
   * @return the writer, never null
   */
  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * Returns the command's error output.
   *
   * @return the writer, never null
   */
  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Renders a message in the user's language.
   *
   * @param code a message code (see {@link ExamplesCodes} and the other modules' codes); not null
   * @param arguments the values of the placeholders {0}, {1}, ...
   * @return the text, never null (the code itself if no bundle has it)
   */
  protected String message(String code, Object... arguments) {
    return Messages.render(code, arguments).get(language());
  }

  /**
   * Prints a message in the user's language, followed by a new line.
   *
   * @param code a message code; not null
   * @param arguments the values of the placeholders
   */
  protected void println(String code, Object... arguments) {
    out().println(message(code, arguments));
  }

  /**
   * Returns the word yes or no in the user's language.
   *
   * @param value the value
   * @return the word
   */
  protected String yesNo(boolean value) {
    return message(value ? ExamplesCodes.WORD_YES : ExamplesCodes.WORD_NO);
  }

  /**
   * Returns the name of a language in the user's language.
   *
   * @param language the language named; not null
   * @return the name, for example "Dutch" or "néerlandais"
   */
  protected String languageName(Language language) {
    switch (language) {
      case FR:
        return message(ExamplesCodes.LANGUAGE_FR);
      case NL:
        return message(ExamplesCodes.LANGUAGE_NL);
      case EN:
        return message(ExamplesCodes.LANGUAGE_EN);
      default:
        return message(ExamplesCodes.LANGUAGE_DE);
    }
  }
}
