package brussels.socialhealth.directory.exchange.internal;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.Severity;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.directory.exchange.ExchangeCodes;
import brussels.socialhealth.directory.exchange.ExchangeTarget;
import brussels.socialhealth.directory.exchange.FieldMapping;
import brussels.socialhealth.directory.exchange.MappedRecord;
import brussels.socialhealth.directory.exchange.Mapping;
import brussels.socialhealth.directory.exchange.OnInvalid;
import brussels.socialhealth.directory.exchange.SourceRecord;
import brussels.socialhealth.directory.exchange.SourceRecord.SourceCell;
import brussels.socialhealth.directory.exchange.TargetField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies a checked {@link Mapping} to {@link SourceRecord}s: picks cells, splits, translates partner
 * categories, runs the model's parsers, applies defaults, and collects extensions. Immutable and
 * thread-safe.
 */
public final class RecordMapper {
  private final Mapping mapping;
  private final List<Binding> bindings = new ArrayList<>();
  private final Set<String> used = new HashSet<>();

  private record Binding(FieldMapping mapping, TargetField field, Severity invalid, Pattern separators) {}

  /**
   * Creates a mapper for a mapping already checked against the target.
   *
   * @param mapping the mapping
   * @param target the target
   */
  public RecordMapper(Mapping mapping, ExchangeTarget<?> target) {
    this.mapping = mapping;
    for (FieldMapping field : mapping.getFields()) {
      TargetField targetField = target.findField(field.getTarget()).orElseThrow();
      OnInvalid policy = field.getOnInvalid()
          .orElse(targetField.isRejectInvalid() ? OnInvalid.REJECT : OnInvalid.WARN);
      Pattern separators = null;
      if (!field.getSeparators().isEmpty()) {
        StringBuilder regex = new StringBuilder();
        for (String separator : field.getSeparators()) {
          regex.append(regex.length() == 0 ? "" : "|").append(Pattern.quote(separator));
        }
        separators = Pattern.compile(regex.toString());
      }
      bindings.add(new Binding(field, targetField,
          policy == OnInvalid.REJECT ? Severity.ERROR : Severity.WARNING, separators));
      used.addAll(field.sourceColumns());
    }
    mapping.getIdColumn().ifPresent(used::add);
    used.addAll(mapping.getIgnoredColumns());
  }

  /**
   * Maps one record.
   *
   * @param record the record (without a syntax problem)
   * @param problems receives located violations
   * @return the mapped record
   */
  public MappedRecord map(SourceRecord record, ValidationReport.Builder problems) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    Map<String, LocalizedText> texts = new LinkedHashMap<>();
    Map<String, String> columns = new LinkedHashMap<>();
    Map<String, String> dropped = new LinkedHashMap<>();
    String id = mapping.getIdColumn().flatMap(record::get).map(String::strip).filter(s -> !s.isEmpty())
        .orElse(null);
    for (Binding binding : bindings) {
      if (binding.field.getShape() == TargetField.Shape.LOCALIZED) {
        mapText(record, binding, texts, columns, problems);
      } else {
        mapValues(record, binding, values, columns, dropped, problems);
      }
    }
    Map<String, String> extensions = new LinkedHashMap<>();
    List<String> names = record.getColumns();
    List<String> cells = record.getValues();
    for (int i = 0; i < names.size() && i < cells.size(); i++) {
      String name = names.get(i);
      if (!isUsed(name) && !cells.get(i).isBlank()) {
        extensions.putIfAbsent(name, cells.get(i));
      }
    }
    extensions.putAll(dropped);
    return new MappedRecord(record, mapping.getSource(), id, values, texts, columns, extensions);
  }

  private boolean isUsed(String column) {
    if (used.contains(column)) {
      return true;
    }
    int bracket = column.lastIndexOf('[');
    return bracket > 0 && column.endsWith("]") && used.contains(column.substring(0, bracket));
  }

  private void mapText(SourceRecord record, Binding binding, Map<String, LocalizedText> texts,
      Map<String, String> columns, ValidationReport.Builder problems) {
    FieldMapping field = binding.mapping;
    String name = field.getTarget();
    Map<Language, String> parts = new EnumMap<>(Language.class);
    String fedBy = null;
    if (!field.getLanguageColumns().isEmpty()) {
      for (Map.Entry<Language, String> entry : field.getLanguageColumns().entrySet()) {
        String value = record.get(entry.getValue()).map(String::strip).orElse("");
        if (!value.isEmpty()) {
          parts.put(entry.getKey(), value);
          fedBy = fedBy == null ? entry.getValue() : fedBy;
        }
      }
      if (fedBy == null) {
        fedBy = field.getLanguageColumns().values().iterator().next();
      }
    } else if (field.getColumn().isPresent()) {
      fedBy = field.getColumn().get();
      String value = record.get(fedBy).map(String::strip).orElse("");
      List<Language> languages = field.getLanguages();
      if (!value.isEmpty() && field.getSplit().isPresent()) {
        String[] pieces = value.split(Pattern.quote(field.getSplit().get()), -1);
        if (pieces.length == 1) {
          parts.put(languages.get(0), value);
        } else if (pieces.length == languages.size()) {
          for (int i = 0; i < pieces.length; i++) {
            if (!pieces[i].isBlank()) {
              parts.put(languages.get(i), pieces[i].strip());
            }
          }
        } else {
          problems.addViolations(Violation.warning(ExchangeCodes.SPLIT_PARTS, name, value, pieces.length,
              languages.size()).at(record.getLine(), fedBy));
          parts.put(languages.get(0), value);
        }
      } else if (!value.isEmpty()) {
        parts.put(languages.get(0), value);
      }
    }
    columns.put(name, fedBy);
    if (parts.isEmpty() && field.getDefaultValue().isPresent()) {
      Language language = field.getLanguages().isEmpty() ? Language.FR : field.getLanguages().get(0);
      parts.put(language, field.getDefaultValue().get().strip());
    }
    if (parts.isEmpty()) {
      if (binding.field.isRequired()) {
        problems.addViolations(Violation.error(ExchangeCodes.FIELD_MISSING, name, null, name)
            .at(record.getLine(), fedBy));
      }
      return;
    }
    texts.put(name, LocalizedText.from(parts));
  }

  private void mapValues(SourceRecord record, Binding binding, Map<String, List<Object>> values,
      Map<String, String> columns, Map<String, String> dropped, ValidationReport.Builder problems) {
    FieldMapping field = binding.mapping;
    TargetField target = binding.field;
    String name = field.getTarget();
    List<SourceCell> raw = new ArrayList<>();
    List<SourceCell> cells = field.getColumn().map(record::getCells).orElse(List.of());
    for (SourceCell cell : cells) {
      String text = cell.value().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (binding.separators != null) {
        for (String piece : binding.separators.split(text)) {
          if (!piece.isBlank()) {
            raw.add(new SourceCell(cell.column(), piece.strip()));
          }
        }
      } else {
        raw.add(new SourceCell(cell.column(), text));
      }
    }
    String fedBy = field.getColumn().orElse(null);
    columns.put(name, fedBy);
    boolean fromDefault = false;
    if (raw.isEmpty() && field.getDefaultValue().isPresent()) {
      raw.add(new SourceCell(fedBy, field.getDefaultValue().get().strip()));
      fromDefault = true;
    }
    if (target.getShape() == TargetField.Shape.SINGLE && raw.size() > 1) {
      problems.addViolations(located(Violation.of(binding.invalid, ExchangeCodes.FIELD_MULTIPLE, name,
          raw.get(1).value(), name), target, record, raw.get(1).column()));
      for (SourceCell extra : raw.subList(1, raw.size())) {
        dropped.put(extra.column(), record.get(extra.column()).orElse(extra.value()));
      }
      raw = raw.subList(0, 1);
    }
    List<Object> parsed = new ArrayList<>();
    for (SourceCell cell : raw) {
      String text = cell.value();
      if (target.isCoded()) {
        Optional<String> code = RecordMapperCodes.code(field.getValues(), target.getCodes(), text);
        if (code.isEmpty()) {
          problems.addViolations(located(Violation.of(binding.invalid, ExchangeCodes.VALUE_UNMAPPED, name, text,
              name), target, record, cell.column()));
          keep(record, cell, dropped);
          continue;
        }
        text = code.get();
      }
      try {
        parsed.add(target.parse(text));
      } catch (InvalidValueException e) {
        Violation violation = Violation.builder()
            .code(e.getCode())
            .severity(binding.invalid)
            .path(name)
            .message(e.getLocalizedMessages())
            .value(Optional.of(cell.value()))
            .build();
        problems.addViolations(located(violation, target, record, cell.column()));
        if (!fromDefault) {
          keep(record, cell, dropped);
        }
      }
    }
    values.put(name, parsed);
    if (parsed.isEmpty() && target.isRequired()) {
      problems.addViolations(Violation.error(ExchangeCodes.FIELD_MISSING, name, null, name)
          .at(record.getLine(), fedBy));
    }
  }

  private static void keep(SourceRecord record, SourceCell cell, Map<String, String> dropped) {
    if (cell.column() != null) {
      dropped.put(cell.column(), record.get(cell.column()).orElse(cell.value()));
    }
  }

  private static Violation located(Violation violation, TargetField target, SourceRecord record, String column) {
    Violation located = violation.at(record.getLine(), column);
    return target.isConfidential() ? located.withoutValue() : located;
  }
}
