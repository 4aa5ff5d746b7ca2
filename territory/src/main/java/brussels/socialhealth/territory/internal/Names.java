package brussels.socialhealth.territory.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Name normalisation for look-ups: case, accents, hyphens, apostrophes and dots are ignored, and the usual
 * abbreviations are expanded ({@code St-Gilles} = {@code Saint-Gilles}, {@code Bxl} = {@code Bruxelles}). Stateless and thread-safe.
 */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
      Map.entry("st", "saint"),
      Map.entry("ste", "sainte"),
      Map.entry("sts", "saints"),
      Map.entry("stes", "saintes"),
      Map.entry("bxl", "bruxelles"),
      Map.entry("brux", "bruxelles"),
      Map.entry("stwg", "steenweg"),
      Map.entry("chee", "chaussee"));
  private static final List<String> DROPPED_PREFIXES = List.of("commune de ", "commune d ", "gemeente ");

  private Names() {}

  /**
   * Returns the comparison key of a name: lower case, no accents, words separated by one space, usual
   * abbreviations expanded.
   *
   * @param name the name; null gives the empty key
   * @return the key
   */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String text = Normalizer.normalize(name, Normalizer.Form.NFD);
    text = MARKS.matcher(text).replaceAll("");
    text = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
    text = SEPARATORS.matcher(text).replaceAll(" ").strip();
    for (String prefix : DROPPED_PREFIXES) {
      if (text.startsWith(prefix)) {
        text = text.substring(prefix.length());
      }
    }
    if (text.isEmpty()) {
      return "";
    }
    StringBuilder key = new StringBuilder();
    for (String word : text.split(" ")) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(ABBREVIATIONS.getOrDefault(word, word));
    }
    return key.toString();
  }
}
