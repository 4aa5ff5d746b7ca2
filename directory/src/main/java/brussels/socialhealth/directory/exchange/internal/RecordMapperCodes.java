package brussels.socialhealth.directory.exchange.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Translation of partner categories into codes. */
final class RecordMapperCodes {
  private RecordMapperCodes() {}

  /**
   * Finds the code for a partner value: the value map first (ignoring case, accents, spaces), then the
   * value itself when it already is one of the codes (ignoring case, accents, spaces).
   *
   * @param values the value map
   * @param codes the code list
   * @param text the partner value
   * @return the code, or empty
   */
  static Optional<String> code(Map<String, String> values, Set<String> codes, String text) {
    Optional<String> mapped = MappingChecks.lookup(values, text);
    if (mapped.isPresent()) {
      return mapped;
    }
    if (codes.contains(text)) {
      return Optional.of(text);
    }
    String key = Normalise.key(text);
    return codes.stream().filter(code -> Normalise.key(code).equals(key)).findFirst();
  }
}
