package brussels.socialhealth.directory.exchange.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation for matching partner categories, column names and names with addresses. */
public final class Normalise {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Normalise() {}

  /**
   * Returns a key that ignores case, accents and repeated or surrounding spaces.
   *
   * @param text the text; not null
   * @return the key
   */
  public static String key(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
