package brussels.socialhealth.directory.internal;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.Messages;

/**
 * Renders a message whose arguments may themselves be trilingual: a {@link LocalizedText} argument is
 * replaced by its text in the message's language.
 */
public final class Texts {
  private Texts() {}

  /**
   * Renders a code's message in French, Dutch and English.
   *
   * @param code the code
   * @param arguments the arguments; {@link LocalizedText}s are resolved per language
   * @return the message
   */
  public static LocalizedText render(String code, Object... arguments) {
    LocalizedText.Builder text = LocalizedText.builder();
    for (Language language : Messages.MESSAGE_LANGUAGES) {
      String result = Messages.find(code, language).orElse(code);
      for (int i = 0; i < arguments.length; i++) {
        Object argument = arguments[i];
        String value = argument instanceof LocalizedText ? ((LocalizedText) argument).get(language)
            : String.valueOf(argument);
        result = result.replace("{" + i + "}", value);
      }
      text.putValue(language, result);
    }
    return text.build();
  }
}
