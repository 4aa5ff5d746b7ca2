package brussels.socialhealth.territory;

/**
 * The stable error and violation codes of the {@code territory} module, each with a message in French,
 * Dutch and English in {@code brussels/socialhealth/territory/messages_*.properties}.
 */
public final class TerritoryCodes {
  private TerritoryCodes() {}

  /** A territorial level code that is not known. */
  public static final String LEVEL_UNKNOWN = "territory.level.unknown";
  /** A territory reference that is not of the form {@code level:code}. */
  public static final String REF_INVALID = "territory.ref.invalid";
}
