package brussels.socialhealth.directory;

/**
 * Anything a {@link Directory} holds under an id: {@link Organisation}, {@link Site}, {@link Service},
 * {@link Professional}, {@link Team}, {@link Body}, {@link Membership}, {@link Link}. Ids match
 * {@link DirectoryCodes#ID_PATTERN} and are unique within a directory, across all types; entities refer
 * to each other by id.
 */
public interface Entity {
  /**
   * Returns the id.
   *
   * @return the id
   */
  String getId();
}
