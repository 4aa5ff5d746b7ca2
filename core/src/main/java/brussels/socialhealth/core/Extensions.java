package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Fields the model does not know, kept so that nothing is lost on import: for each namespace (the
 * partner system or the application that owns them, {@code social.brussels}, {@code my-app}), field
 * names to string values. {@code Extensions.of("social.brussels", "district", "87/REYERS")}.
 *
 * <p>A namespace matches {@code [a-z0-9][a-z0-9._-]*} (at most 64 characters); a field name is any
 * non-blank text (partners' column headers); a value is any string, empty included. Namespaces and
 * fields are sorted (by their natural {@link String} order), so equal extensions print the same JSON.
 * Empty namespaces are dropped. Immutable and thread-safe; equal when their contents are equal.
 *
 * <p>JSON form: {@code {"social.brussels": {"district": "87/REYERS", "sector": "21015A77-"}}}.
 */
public final class Extensions {
  private static final Extensions EMPTY = new Extensions(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, ImmutableSortedMap<String, String>> values;

  private Extensions(ImmutableSortedMap<String, ImmutableSortedMap<String, String>> values) {
    this.values = values;
  }

  /**
   * Returns the empty extensions.
   *
   * @return the shared empty instance
   */
  public static Extensions empty() {
    return EMPTY;
  }

  /**
   * Creates extensions holding one field.
   *
   * @param namespace the namespace; not null, must match {@code [a-z0-9][a-z0-9._-]*}
   * @param field the field name; not null, not blank
   * @param value the value; not null
   * @return the extensions
   * @throws InvalidValueException {@link CoreCodes#EXTENSIONS_NAMESPACE} or {@link CoreCodes#EXTENSIONS_FIELD}
   */
  public static Extensions of(String namespace, String field, String value) {
    return EMPTY.with(namespace, field, value);
  }

  /**
   * Creates extensions from a map of namespaces to fields to values.
   *
   * @param values the values; not null, no null key or value
   * @return the extensions
   * @throws InvalidValueException {@link CoreCodes#EXTENSIONS_NAMESPACE} or {@link CoreCodes#EXTENSIONS_FIELD}
   */
  @JsonCreator
  public static Extensions from(Map<String, ? extends Map<String, String>> values) {
    Map<String, Map<String, String>> copy = new TreeMap<>();
    values.forEach((namespace, fields) -> {
      checkNamespace(namespace);
      Objects.requireNonNull(fields, "fields");
      fields.forEach((field, value) -> checkField(namespace, field, value));
      copy.put(namespace, new TreeMap<>(fields));
    });
    return build(copy);
  }

  private static Extensions build(Map<String, Map<String, String>> values) {
    ImmutableSortedMap.Builder<String, ImmutableSortedMap<String, String>> builder =
        ImmutableSortedMap.naturalOrder();
    values.forEach((namespace, fields) -> {
      if (!fields.isEmpty()) {
        builder.put(namespace, ImmutableSortedMap.copyOf(fields));
      }
    });
    ImmutableSortedMap<String, ImmutableSortedMap<String, String>> built = builder.build();
    return built.isEmpty() ? EMPTY : new Extensions(built);
  }

  private static void checkNamespace(String namespace) {
    if (namespace == null || !ExternalRef.SYSTEM.matcher(namespace).matches()) {
      throw new InvalidValueException(CoreCodes.EXTENSIONS_NAMESPACE, namespace);
    }
  }

  private static void checkField(String namespace, String field, String value) {
    if (field == null || field.isBlank()) {
      throw new InvalidValueException(CoreCodes.EXTENSIONS_FIELD, field, namespace);
    }
    Objects.requireNonNull(value, () -> "value of " + namespace + "/" + field);
  }

  /**
   * Returns a copy with one field set (added, or replaced when present).
   *
   * @param namespace the namespace; not null, must match {@code [a-z0-9][a-z0-9._-]*}
   * @param field the field name; not null, not blank
   * @param value the value; not null
   * @return the modified copy
   * @throws InvalidValueException {@link CoreCodes#EXTENSIONS_NAMESPACE} or {@link CoreCodes#EXTENSIONS_FIELD}
   */
  public Extensions with(String namespace, String field, String value) {
    checkNamespace(namespace);
    checkField(namespace, field, value);
    Map<String, Map<String, String>> copy = mutableCopy();
    copy.computeIfAbsent(namespace, n -> new TreeMap<>()).put(field, value);
    return build(copy);
  }

  /**
   * Returns the union of these extensions and others; where both hold the same field, the other's value
   * wins.
   *
   * @param other the other extensions; not null
   * @return the merged extensions
   */
  public Extensions merge(Extensions other) {
    if (other.isEmpty()) {
      return this;
    }
    Map<String, Map<String, String>> copy = mutableCopy();
    other.values.forEach((namespace, fields) ->
        copy.computeIfAbsent(namespace, n -> new TreeMap<>()).putAll(fields));
    return build(copy);
  }

  private Map<String, Map<String, String>> mutableCopy() {
    Map<String, Map<String, String>> copy = new TreeMap<>();
    values.forEach((namespace, fields) -> copy.put(namespace, new TreeMap<>(fields)));
    return copy;
  }

  /**
   * Returns the value of one field.
   *
   * @param namespace the namespace; not null
   * @param field the field name; not null
   * @return the value, or empty when absent
   */
  public Optional<String> get(String namespace, String field) {
    Map<String, String> fields = values.get(namespace);
    return Optional.ofNullable(fields == null ? null : fields.get(field));
  }

  /**
   * Returns the fields of one namespace.
   *
   * @param namespace the namespace; not null
   * @return an immutable sorted map, empty when the namespace is absent
   */
  public Map<String, String> getNamespace(String namespace) {
    Map<String, String> fields = values.get(namespace);
    return fields == null ? Map.of() : fields;
  }

  /**
   * Returns all values: namespaces to fields to values, both levels sorted.
   *
   * @return an immutable sorted map; the JSON form
   */
  @JsonValue
  public Map<String, Map<String, String>> getValues() {
    return java.util.Collections.unmodifiableMap(values);
  }

  /**
   * Tells whether there is no field at all.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Extensions && ((Extensions) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Extensions" + values;
  }
}
