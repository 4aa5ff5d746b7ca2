package brussels.socialhealth.directory.exchange;

import static java.util.Objects.requireNonNull;

import brussels.socialhealth.core.validation.ValidationReport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A target that builds an ordered map per record: {@code id} (the partner's identifier), each field's value
 * (a single value, a list, or a {@link brussels.socialhealth.core.LocalizedText}) and {@code extensions}
 * (an {@link brussels.socialhealth.core.Extensions}, JSON {@code {source: {column: value}}}). Useful for modules without a typed target yet, for previews, and in
 * tests. Immutable and thread-safe.
 */
public final class GenericTarget implements ExchangeTarget<Map<String, Object>> {
  private final String name;
  private final List<TargetField> fields;

  private GenericTarget(String name, List<TargetField> fields) {
    this.name = requireNonNull(name, "name");
    this.fields = List.copyOf(fields);
  }

  /**
   * Creates a generic target.
   *
   * @param name the target name used in mapping files; not null
   * @param fields the fields; not null
   * @return the target
   */
  public static GenericTarget of(String name, List<TargetField> fields) {
    return new GenericTarget(name, fields);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public List<TargetField> getFields() {
    return fields;
  }

  @Override
  public Optional<Map<String, Object>> build(MappedRecord record, ValidationReport.Builder problems) {
    Map<String, Object> result = new LinkedHashMap<>();
    record.getId().ifPresent(id -> result.put("id", id));
    for (TargetField field : fields) {
      if (field.getShape() == TargetField.Shape.LOCALIZED) {
        record.getText(field.getName()).ifPresent(text -> result.put(field.getName(), text));
      } else if (field.getShape() == TargetField.Shape.MULTIPLE) {
        List<Object> values = record.getAll(field.getName(), Object.class);
        if (!values.isEmpty()) {
          result.put(field.getName(), values);
        }
      } else {
        record.get(field.getName(), Object.class).ifPresent(value -> result.put(field.getName(), value));
      }
    }
    if (!record.getExtensions().isEmpty()) {
      result.put("extensions", record.toExtensions());
    }
    return Optional.of(Collections.unmodifiableMap(result));
  }
}
