package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A typed reference to any territorial unit, used by every other module: {@code commune:21005},
 * {@code bassin:SUD_EST}, {@code neighbourhood:21}, {@code sector:21004A001}, {@code district:87},
 * {@code sub-municipality:21004E}, {@code region:04000}.
 *
 * <p>The canonical string form is {@code <level>:<code>}; {@link #toString()} and {@link #parse(String)}
 * round-trip, and it is the JSON form. A reference is only a name: whether the unit exists is answered by
 * the {@code Territory} registry. Immutable and thread-safe; equal when level and code are equal.
 */
public final class TerritoryRef implements Comparable<TerritoryRef> {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-]{1,32}");

  private final TerritorialLevel level;
  private final String code;

  private TerritoryRef(TerritorialLevel level, String code) {
    this.level = level;
    this.code = code;
  }

  /**
   * Creates a reference from its parts.
   *
   * @param level the level; not null
   * @param code the unit's code at that level (letters, digits, {@code _} and {@code -}, at most 32)
   * @return the reference
   * @throws InvalidValueException {@link TerritoryCodes#REF_INVALID} if the code is malformed
   */
  public static TerritoryRef of(TerritorialLevel level, String code) {
    Objects.requireNonNull(level, "level");
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidValueException(TerritoryCodes.REF_INVALID, level.code() + ":" + code);
    }
    return new TerritoryRef(level, code);
  }

  /**
   * Shorthand for a commune reference.
   *
   * @param nisCode the five-digit NIS code, for example {@code "21005"}
   * @return the reference
   */
  public static TerritoryRef commune(String nisCode) {
    return of(TerritorialLevel.COMMUNE, nisCode);
  }

  /**
   * Shorthand for a bassin reference.
   *
   * @param bassinCode the bassin code, for example {@code "SUD_EST"}
   * @return the reference
   */
  public static TerritoryRef bassin(String bassinCode) {
    return of(TerritorialLevel.BASSIN, bassinCode);
  }

  /**
   * Parses the canonical form {@code <level>:<code>}.
   *
   * @param text the text; not null
   * @return the reference
   * @throws InvalidValueException {@link TerritoryCodes#REF_INVALID} or {@link TerritoryCodes#LEVEL_UNKNOWN}
   */
  @JsonCreator
  public static TerritoryRef parse(String text) {
    if (text == null) {
      throw new InvalidValueException(TerritoryCodes.REF_INVALID, null);
    }
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new InvalidValueException(TerritoryCodes.REF_INVALID, text);
    }
    return of(TerritorialLevel.parse(text.substring(0, colon)), text.substring(colon + 1).strip());
  }

  /**
   * Returns the level.
   *
   * @return the level
   */
  public TerritorialLevel getLevel() {
    return level;
  }

  /**
   * Returns the code at that level.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  @Override
  public int compareTo(TerritoryRef other) {
    int byLevel = level.compareTo(other.level);
    return byLevel != 0 ? byLevel : code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TerritoryRef
        && ((TerritoryRef) other).level == level
        && ((TerritoryRef) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return 31 * level.hashCode() + code.hashCode();
  }

  /**
   * Returns the canonical form, for example {@code commune:21005}.
   *
   * @return the canonical form
   */
  @JsonValue
  @Override
  public String toString() {
    return level.code() + ":" + code;
  }
}
