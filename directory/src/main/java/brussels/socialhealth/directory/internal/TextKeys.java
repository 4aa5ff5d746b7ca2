package brussels.socialhealth.directory.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises names for comparison: no accents, lower case, punctuation as single spaces. */
public final class TextKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private TextKeys() {}

  /**
   * Returns the comparison key of a text.
   *
   * @param text the text
   * @return the key, possibly empty
   */
  public static String key(String text) {
    String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NON_ALPHANUMERIC.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
