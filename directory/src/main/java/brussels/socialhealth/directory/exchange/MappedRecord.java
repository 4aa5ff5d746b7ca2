package brussels.socialhealth.directory.exchange;

import static java.util.Objects.requireNonNull;

import brussels.socialhealth.core.Extensions;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.Violation;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record after mapping, before it becomes a model value: for each target field the values already
 * parsed by the model's parsers (or the localized text), the partner's identifier, the source system, the
 * column that fed each field (to locate later violations), and the extensions: cells the mapping does not
 * use and values that were dropped as invalid, by column name, so that nothing is lost.
 * Immutable and thread-safe.
 */
public final class MappedRecord {
  private final SourceRecord source;
  private final String sourceSystem;
  private final String id;
  private final Map<String, List<Object>> values;
  private final Map<String, LocalizedText> texts;
  private final Map<String, String> columns;
  private final Map<String, String> extensions;

  /**
   * Creates a mapped record; used by the importer.
   *
   * @param source the record as read; not null
   * @param sourceSystem the mapping's source system name; not null
   * @param id the partner's identifier, or null
   * @param values parsed values by field; not null
   * @param texts localized texts by field; not null
   * @param columns the column that fed each field; not null
   * @param extensions unused and dropped cells by column; not null
   */
  public MappedRecord(SourceRecord source, String sourceSystem, String id, Map<String, List<Object>> values,
      Map<String, LocalizedText> texts, Map<String, String> columns, Map<String, String> extensions) {
    this.source = requireNonNull(source, "source");
    this.sourceSystem = requireNonNull(sourceSystem, "sourceSystem");
    this.id = id;
    this.values = Collections.unmodifiableMap(values);
    this.texts = Collections.unmodifiableMap(texts);
    this.columns = Collections.unmodifiableMap(columns);
    this.extensions = Collections.unmodifiableMap(extensions);
  }

  /**
   * Returns the record as read.
   *
   * @return the source record
   */
  public SourceRecord getSource() {
    return source;
  }

  /**
   * Returns the source system name (the mapping's {@code source}), namespace of external references and
   * extensions.
   *
   * @return the name
   */
  public String getSourceSystem() {
    return sourceSystem;
  }

  /**
   * Returns the partner's own identifier of the record.
   *
   * @return the identifier, or empty when the mapping has no {@code id} column or the cell is empty
   */
  public Optional<String> getId() {
    return Optional.ofNullable(id);
  }

  /**
   * Returns the first value of a field.
   *
   * @param field the field name
   * @param type the expected value type (what the field's parser returns)
   * @param <V> the type
   * @return the value, or empty
   * @throws ClassCastException if the value is of another type
   */
  public <V> Optional<V> get(String field, Class<V> type) {
    List<Object> list = values.get(field);
    return list == null || list.isEmpty() ? Optional.empty() : Optional.of(type.cast(list.get(0)));
  }

  /**
   * Returns every value of a field, in input order.
   *
   * @param field the field name
   * @param type the expected value type
   * @param <V> the type
   * @return an unmodifiable list, empty if none
   * @throws ClassCastException if a value is of another type
   */
  public <V> List<V> getAll(String field, Class<V> type) {
    List<Object> list = values.getOrDefault(field, List.of());
    list.forEach(type::cast);
    @SuppressWarnings("unchecked")
    List<V> typed = (List<V>) Collections.unmodifiableList(list);
    return typed;
  }

  /**
   * Returns the localized text of a multilingual field.
   *
   * @param field the field name
   * @return the text, or empty
   */
  public Optional<LocalizedText> getText(String field) {
    return Optional.ofNullable(texts.get(field));
  }

  /**
   * Returns the fields that have at least one value or text.
   *
   * @return the field names
   */
  public java.util.Set<String> getFilledFields() {
    java.util.Set<String> filled = new java.util.LinkedHashSet<>(texts.keySet());
    values.forEach((name, list) -> {
      if (!list.isEmpty()) {
        filled.add(name);
      }
    });
    return filled;
  }

  /**
   * Returns the column that fed a field.
   *
   * @param field the field name
   * @return the column, or empty (default values, unmapped fields)
   */
  public Optional<String> getColumn(String field) {
    return Optional.ofNullable(columns.get(field));
  }

  /**
   * Returns the extensions: non-empty cells the mapping does not use (nor ignores), and whole cells whose
   * values were dropped as invalid, by column name. The namespace is {@link #getSourceSystem()}.
   *
   * @return an unmodifiable map in input order
   */
  public Map<String, String> getExtensions() {
    return extensions;
  }

  /**
   * Returns the extensions as the model's {@link Extensions}, namespaced by the source system.
   *
   * @return the extensions, empty when there are none
   */
  public Extensions toExtensions() {
    return extensions.isEmpty() ? Extensions.empty() : Extensions.from(Map.of(sourceSystem, extensions));
  }

  /**
   * Returns the partner's identifier as an external reference in the source system.
   *
   * @return the reference, or empty when the record has no identifier
   * @throws brussels.socialhealth.core.InvalidValueException if the identifier is not a valid reference
   */
  public Optional<ExternalRef> toExternalRef() {
    return getId().map(value -> ExternalRef.of(sourceSystem, value));
  }

  /**
   * Locates a violation at this record's line and the column that fed a field.
   *
   * @param violation the violation; not null
   * @param field the field it concerns, or null for the record as a whole
   * @return the located copy
   */
  public Violation locate(Violation violation, String field) {
    return violation.at(source.getLine(), field == null ? null : columns.get(field));
  }
}
