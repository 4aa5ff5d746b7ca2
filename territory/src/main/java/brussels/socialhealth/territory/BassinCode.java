package brussels.socialhealth.territory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The five bassins d'aide et de soins / zorgzones of the Brussels-Capital Region, by their stable code.
 * The facts about each bassin (names, websites, communes) are in {@link Bassin}, read from the
 * {@link Territory} registry.
 *
 * <p>On the wire a bassin is its code in upper case ({@code "SUD_EST"}), the same as in a
 * {@link TerritoryRef} ({@code bassin:SUD_EST}).
 */
public enum BassinCode implements Coded {
  /** Bassin Nord / Zorgzone Noord. */
  NORD,
  /** Bassin Nord-Est / Zorgzone Noord-Oost. */
  NORD_EST,
  /** Bassin Sud / Zorgzone Zuid. */
  SUD,
  /** Bassin Sud-Est / Zorgzone Zuid-Oost. */
  SUD_EST,
  /** Bassin Centre-Ouest / Zorgzone Centrum-West. */
  CENTRE_OUEST;

  /**
   * Returns the stable code, for example {@code "SUD_EST"}.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public String code() {
    return name();
  }

  /**
   * Returns the reference to this bassin, for example {@code bassin:SUD_EST}.
   *
   * @return the reference
   */
  public TerritoryRef toRef() {
    return TerritoryRef.of(TerritorialLevel.BASSIN, name());
  }

  /**
   * Parses a bassin code, ignoring case and accepting a hyphen or a space for the underscore
   * ({@code "sud-est"}, {@code "Centre Ouest"}).
   *
   * @param code the code; not null
   * @return the bassin
   * @throws InvalidValueException {@link TerritoryCodes#BASSIN_UNKNOWN} if the code is not one of the five
   */
  @JsonCreator
  public static BassinCode parse(String code) {
    return Coded.parse(BassinCode.class, text -> text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'),
        code, TerritoryCodes.BASSIN_UNKNOWN);
  }
}
