package brussels.socialhealth.directory.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises names for comparison: no accents, lower case, punctuation as single spaces. */
public final class TextKeys {
  private TextKeys() {}

  /**
   * Returns the comparison key of a text.
   *
   * @param text the text
   * @return the key, possibly empty
   */
  public static String key(String text) {
    String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
