package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one target field is fed: from one column ({@link #getColumn()}), from one column per language
 * ({@link #getLanguageColumns()}), or from nothing but a {@linkplain #getDefaultValue() default}; optionally split
 * into languages ({@code split: " / "} with {@code languages: [fr, nl]}) or into several values
 * ({@link #getSeparators()}); partner categories translated to codes by a {@linkplain #getValues() value map}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FieldMapping {

  /**
   * Returns the target field name.
   *
   * @return the name, for example {@code phones}
   */
  public abstract String getTarget();

  /**
   * Returns the source column.
   *
   * @return the column (a CSV header or a flattened JSON path), or empty
   */
  public abstract Optional<String> getColumn();

  /**
   * Returns one source column per language, for localized fields.
   *
   * @return an immutable map, empty when not used
   */
  public abstract Map<Language, String> getLanguageColumns();

  /**
   * Returns the text between languages in a bilingual column ({@code " / "} for {@code "Nom / Naam"}).
   *
   * @return the split text, or empty
   */
  public abstract Optional<String> getSplit();

  /**
   * Returns the languages of the parts of a split column, in order.
   *
   * @return an immutable list; empty unless {@link #getSplit()} is set
   */
  public abstract List<Language> getLanguages();

  /**
   * Returns the texts that separate several values in one cell (for example {@code ";"} and a line break).
   *
   * @return an immutable list, empty when a cell holds one value
   */
  public abstract List<String> getSeparators();

  /**
   * Returns the value map from partner categories to codes; keys match ignoring case, accents and repeated
   * spaces.
   *
   * @return an immutable map in file order
   */
  public abstract Map<String, String> getValues();

  /**
   * Returns the value used when the record has none.
   *
   * @return the default, or empty
   */
  public abstract Optional<String> getDefaultValue();

  /**
   * Returns what to do with invalid values, when the mapping overrides the field's own policy.
   *
   * @return the policy, or empty for the field's
   */
  public abstract Optional<OnInvalid> getOnInvalid();

  /**
   * Returns where parts of this field mapping are in the mapping file, by key: {@code field},
   * {@code column}, {@code columns.fr}, {@code values.<partner value>}, {@code default}...
   *
   * @return an immutable map
   */
  @Value.Auxiliary
  public abstract Map<String, MappingPosition> getPositions();

  /**
   * Returns the position of a part, or of the field itself when the part has none.
   *
   * @param part the part key
   * @return the position
   */
  public MappingPosition positionOf(String part) {
    MappingPosition position = getPositions().get(part);
    if (position == null) {
      position = getPositions().getOrDefault("field", MappingPosition.NONE);
    }
    return position;
  }

  /**
   * Returns every source column this field reads.
   *
   * @return the columns, in order
   */
  public List<String> sourceColumns() {
    List<String> columns = new java.util.ArrayList<>();
    getColumn().ifPresent(columns::add);
    columns.addAll(getLanguageColumns().values());
    return columns;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableFieldMapping.Builder builder() {
    return ImmutableFieldMapping.builder();
  }
}
