package brussels.socialhealth.territory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of territorial unit, from the finest to the widest. The four social-health levels
 * {@link #NEIGHBOURHOOD} &lt; {@link #COMMUNE} &lt; {@link #BASSIN} &lt; {@link #REGION} form the
 * subsidiarity ladder services are organised on; {@link #SECTOR}, {@link #DISTRICT} and
 * {@link #SUB_MUNICIPALITY} are the statistical layers official data is keyed on.
 *
 * <p>On the wire a level is its stable code ({@code "commune"}), also the prefix of a {@link TerritoryRef}.
 */
public enum TerritorialLevel implements Coded {
  /** A Statbel statistical sector ({@code sector:21004A001}). */
  SECTOR("sector", false, LocalizedText.of("secteur statistique", "statistische sector", "statistical sector")),
  /** An IBSA Monitoring des Quartiers district, 1 to 145 ({@code district:87}); not a neighbourhood grouping. */
  DISTRICT("district", false, LocalizedText.of("quartier du monitoring", "monitoringwijk", "monitoring district")),
  /** A Statbel sub-municipality, such as Laeken in Bruxelles-Ville ({@code sub-municipality:21004E}). */
  SUB_MUNICIPALITY("sub-municipality", false,
      LocalizedText.of("subdivision communale", "deelgemeente", "sub-municipality")),
  /** A neighbourhood grouping, quartier social-santé / welzijns- en gezondheidswijk. */
  NEIGHBOURHOOD("neighbourhood", true,
      LocalizedText.of("quartier social-santé", "welzijns- en gezondheidswijk", "social-health neighbourhood")),
  /** One of the 19 communes, by NIS code ({@code commune:21005}). */
  COMMUNE("commune", true, LocalizedText.of("commune", "gemeente", "municipality")),
  /** One of the 5 bassins d'aide et de soins / zorgzones ({@code bassin:SUD_EST}). */
  BASSIN("bassin", true, LocalizedText.of("bassin d'aide et de soins", "zorgzone", "care area")),
  /** The Brussels-Capital Region ({@code region:04000}). */
  REGION("region", true, LocalizedText.of("Région", "Gewest", "Region"));

  private final String code;
  private final boolean onLadder;
  private final LocalizedText label;

  TerritorialLevel(String code, boolean onLadder, LocalizedText label) {
    this.code = code;
    this.onLadder = onLadder;
    this.label = label;
  }

  /**
   * Returns the stable code, for example {@code "commune"}.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the name of the level in French, Dutch and English.
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Tells whether this level is a rung of the subsidiarity ladder (neighbourhood, commune, bassin,
   * region).
   *
   * @return true for the four social-health levels
   */
  public boolean isOnSubsidiarityLadder() {
    return onLadder;
  }

  /**
   * Parses a level code, ignoring case.
   *
   * @param code the code, for example {@code "bassin"}; not null
   * @return the level
   * @throws InvalidValueException {@link TerritoryCodes#LEVEL_UNKNOWN} if unknown
   */
  @JsonCreator
  public static TerritorialLevel parse(String code) {
    return Coded.parse(TerritorialLevel.class, code, TerritoryCodes.LEVEL_UNKNOWN);
  }
}
