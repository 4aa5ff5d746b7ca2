package brussels.socialhealth.directory.exchange.internal;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import brussels.socialhealth.directory.exchange.ExchangeTarget;
import brussels.socialhealth.directory.exchange.FieldMapping;
import brussels.socialhealth.directory.exchange.Mapping;
import brussels.socialhealth.directory.exchange.MappingPosition;
import brussels.socialhealth.directory.exchange.TargetField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The checks of a {@link Mapping} against its target and the input's header. */
public final class MappingChecks {
  private MappingChecks() {}

  /**
   * Checks a mapping against its target.
   *
   * @param mapping the mapping
   * @param target the target
   * @return the located mistakes
   */
  public static List<Violation> check(Mapping mapping, ExchangeTarget<?> target) {
    List<Violation> problems = new ArrayList<>();
    if (!mapping.getTarget().equals(target.getName())) {
      problems.add(at(mapping.getPositions().get("target"),
          Violation.error(ExchangeCodes.MAPPING_UNKNOWN_TARGET, "", mapping.getTarget(), target.getName())));
      return problems;
    }
    Set<String> fed = new HashSet<>();
    for (FieldMapping field : mapping.getFields()) {
      Optional<TargetField> found = target.findField(field.getTarget());
      if (found.isEmpty()) {
        problems.add(at(field.positionOf("field"), Violation.error(ExchangeCodes.MAPPING_UNKNOWN_FIELD, "",
            field.getTarget(), target.getName(), target.getFields().stream().map(TargetField::getName)
                .collect(Collectors.joining(", ")))));
        continue;
      }
      fed.add(field.getTarget());
      checkField(field, found.get(), problems);
    }
    for (TargetField field : target.getFields()) {
      if (field.isRequired() && !fed.contains(field.getName())) {
        problems.add(at(mapping.getPositions().get("fields"),
            Violation.error(ExchangeCodes.MAPPING_REQUIRED_FIELD, "", field.getName(), target.getName())));
      }
    }
    return problems;
  }

  private static void checkField(FieldMapping field, TargetField target, List<Violation> problems) {
    String name = field.getTarget();
    boolean localized = target.getShape() == TargetField.Shape.LOCALIZED;
    if (field.getColumn().isPresent() && !field.getLanguageColumns().isEmpty()) {
      conflict(field, "column", "column + columns", problems);
    }
    if (field.getColumn().isEmpty() && field.getLanguageColumns().isEmpty() && field.getDefaultValue().isEmpty()) {
      conflict(field, "field", "no column, no columns, no default", problems);
    }
    if (!localized && !field.getLanguageColumns().isEmpty()) {
      conflict(field, "columns", "columns (per language) on a field that is not multilingual", problems);
    }
    if (!localized && (field.getSplit().isPresent() || !field.getLanguages().isEmpty())) {
      conflict(field, field.getSplit().isPresent() ? "split" : "languages",
          "split/languages on a field that is not multilingual", problems);
    }
    if (localized && field.getColumn().isPresent()) {
      if (field.getSplit().isPresent() && field.getLanguages().size() < 2) {
        conflict(field, "split", "split needs at least two languages", problems);
      }
      if (field.getSplit().isEmpty() && field.getLanguages().size() != 1) {
        conflict(field, "column", "a single column needs exactly one language (or split)", problems);
      }
    }
    if (localized && field.getColumn().isEmpty() && (field.getSplit().isPresent() || !field.getLanguages().isEmpty())) {
      conflict(field, "split", "split/languages apply to column", problems);
    }
    if (target.getShape() != TargetField.Shape.MULTIPLE && !field.getSeparators().isEmpty()) {
      conflict(field, "separators", "separators on a single-valued field", problems);
    }
    if (!field.getValues().isEmpty() && !target.isCoded()) {
      conflict(field, "field", "values on a field without a code list", problems);
    }
    if (target.isCoded()) {
      for (Map.Entry<String, String> entry : field.getValues().entrySet()) {
        if (!target.getCodes().contains(entry.getValue())) {
          problems.add(at(field.positionOf("values." + entry.getKey()), Violation.error(
              ExchangeCodes.MAPPING_VALUE_MAP, "", entry.getValue(), name, new TreeSet<>(target.getCodes()))));
        }
      }
    }
    if (field.getDefaultValue().isPresent()) {
      String value = field.getDefaultValue().get().strip();
      if (localized) {
        if (value.isEmpty()) {
          problems.add(at(field.positionOf("default"),
              Violation.error(ExchangeCodes.MAPPING_BAD_DEFAULT, "", value, name, "")));
        }
      } else if (target.isCoded()) {
        String code = lookup(field.getValues(), value).orElse(value);
        if (!target.getCodes().contains(code)) {
          problems.add(at(field.positionOf("default"), Violation.error(ExchangeCodes.MAPPING_BAD_DEFAULT, "", value,
              name, new TreeSet<>(target.getCodes()))));
        }
      } else {
        try {
          target.parse(value);
        } catch (InvalidValueException e) {
          problems.add(at(field.positionOf("default"),
              Violation.error(ExchangeCodes.MAPPING_BAD_DEFAULT, "", value, name, e.getCode())));
        }
      }
    }
  }

  /**
   * Looks a partner value up in a value map, ignoring case, accents and repeated spaces.
   *
   * @param values the value map
   * @param value the partner value
   * @return the code, or empty
   */
  public static Optional<String> lookup(Map<String, String> values, String value) {
    String exact = values.get(value);
    if (exact != null) {
      return Optional.of(exact);
    }
    String key = Normalise.key(value);
    for (Map.Entry<String, String> entry : values.entrySet()) {
      if (Normalise.key(entry.getKey()).equals(key)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  private static void conflict(FieldMapping field, String part, String what, List<Violation> problems) {
    problems.add(at(field.positionOf(part),
        Violation.error(ExchangeCodes.MAPPING_CONFLICT, "", what, field.getTarget())));
  }

  /**
   * Checks that the mapping's columns are in the header.
   *
   * @param mapping the mapping
   * @param header the header; empty means not checked
   * @return the located mistakes
   */
  public static List<Violation> checkColumns(Mapping mapping, List<String> header) {
    List<Violation> problems = new ArrayList<>();
    if (header.isEmpty()) {
      return problems;
    }
    Set<String> known = new HashSet<>(header);
    mapping.getIdColumn().filter(c -> !known.contains(c)).ifPresent(c ->
        problems.add(at(mapping.getPositions().get("id"), unknownColumn(c, header))));
    for (FieldMapping field : mapping.getFields()) {
      field.getColumn().filter(c -> !known.contains(c)).ifPresent(c ->
          problems.add(at(field.positionOf("column"), unknownColumn(c, header))));
      field.getLanguageColumns().forEach((language, c) -> {
        if (!known.contains(c)) {
          problems.add(at(field.positionOf("columns." + language.code()), unknownColumn(c, header)));
        }
      });
    }
    for (String ignored : mapping.getIgnoredColumns()) {
      if (!known.contains(ignored)) {
        problems.add(at(mapping.getPositions().get("ignore:" + ignored), unknownColumn(ignored, header)));
      }
    }
    return problems;
  }

  private static Violation unknownColumn(String column, List<String> header) {
    String key = Normalise.key(column);
    String hint = header.stream().filter(h -> Normalise.key(h).equals(key)).findFirst()
        .map(h -> "\"" + h + "\"")
        .orElse(header.stream().map(h -> "\"" + h + "\"").collect(Collectors.joining(", ")));
    return Violation.error(ExchangeCodes.MAPPING_UNKNOWN_COLUMN, "", column, hint);
  }

  private static Violation at(MappingPosition position, Violation violation) {
    MappingPosition where = position == null ? MappingPosition.NONE : position;
    return violation.at(where.line(), String.valueOf(where.column()));
  }
}
