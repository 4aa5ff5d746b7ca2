package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.json.JsonDocumentReader;
import brussels.socialhealth.core.validation.ModelValidator;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.DirectoryRules;
import brussels.socialhealth.directory.exchange.ImportReport;
import brussels.socialhealth.events.EventsDocument;
import brussels.socialhealth.events.HelpdeskActivityReport;
import brussels.socialhealth.events.HelpdeskCasesDocument;
import brussels.socialhealth.events.HelpdeskRules;
import brussels.socialhealth.events.OpenHouseRules;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryData;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The canonical documents {@code socialhealth validate} knows: for each, its schema in the jars, the
 * top-level properties that give it away, and the model's checks once it is read.
 *
 * <p>Detection looks only at the top-level property names: a document is of the type that owns most of
 * them; none or a tie means the user must name the type with {@code --type}.
 */
enum DocumentType {
  /** A directory ({@link Directory}), checked with {@link DirectoryRules#all()} against the territory. */
  DIRECTORY("directory", "/brussels/socialhealth/directory/schema/directory.schema.json",
      "organisations", "sites", "services", "professionals", "teams", "bodies", "memberships", "links") {
    @Override
    ValidationReport checkModel(String json, Territory territory) {
      Directory directory = READER.read(json, Directory.class);
      return VALIDATOR.validate(directory, territory, DirectoryRules.all());
    }
  },
  /** A territory ({@link TerritoryData}), checked for consistency ({@link Territory#check(TerritoryData)}). */
  TERRITORY("territory", "/brussels/socialhealth/territory/schema/territory.schema.json",
      "format", "compiledOn", "region", "bassins", "communes", "postalCodes", "subMunicipalities", "districts") {
    @Override
    ValidationReport checkModel(String json, Territory territory) {
      TerritoryData data = READER.read(json, TerritoryData.class);
      return VALIDATOR.validate(data).merge(Territory.check(data));
    }
  },
  /** An events document ({@link EventsDocument}); each open-house week with {@link OpenHouseRules}. */
  EVENTS("events", "/brussels/socialhealth/events/schema/events.schema.json",
      "concertations", "changeWorkshops", "workingGroups", "preventionMeetings", "openHouseWeeks") {
    @Override
    ValidationReport checkModel(String json, Territory territory) {
      EventsDocument document = READER.read(json, EventsDocument.class);
      ValidationReport report = VALIDATOR.validate(document);
      for (int i = 0; i < document.getOpenHouseWeeks().size(); i++) {
        report = report.merge(OpenHouseRules.check(document.getOpenHouseWeeks().get(i))
            .prefixed("openHouseWeeks[" + i + "]"));
      }
      return report;
    }
  },
  /** Helpdesk cases ({@link HelpdeskCasesDocument}); each case with {@link HelpdeskRules}. */
  HELPDESK_CASES("helpdesk-cases", "/brussels/socialhealth/events/schema/helpdesk-cases.schema.json", "cases") {
    @Override
    ValidationReport checkModel(String json, Territory territory) {
      HelpdeskCasesDocument document = READER.read(json, HelpdeskCasesDocument.class);
      ValidationReport report = VALIDATOR.validate(document);
      for (int i = 0; i < document.getCases().size(); i++) {
        report = report.merge(HelpdeskRules.check(document.getCases().get(i), territory)
            .prefixed("cases[" + i + "]"));
      }
      return report;
    }
  },
  /** A helpdesk activity report ({@link HelpdeskActivityReport}). */
  HELPDESK_ACTIVITY_REPORT("helpdesk-activity-report",
      "/brussels/socialhealth/events/schema/helpdesk-activity-report.schema.json",
      "caseCount", "byMonth", "byChannel", "byStatus", "byTheme", "timeToFirstOrientation") {
    @Override
    ValidationReport checkModel(String json, Territory territory) {
      return VALIDATOR.validate(READER.read(json, HelpdeskActivityReport.class));
    }
  },
  /** An import report ({@link ImportReport}), as {@code socialhealth import --report} writes it. */
  IMPORT_REPORT("import-report", "/brussels/socialhealth/directory/schema/import-report.schema.json",
      "input", "mapping", "read", "accepted", "acceptedWithWarnings", "rejected") {
    @Override
    ValidationReport checkModel(String json, Territory territory) {
      return VALIDATOR.validate(READER.read(json, ImportReport.class));
    }
  };

  private static final JsonDocumentReader READER = JsonDocumentReader.strict();
  private static final ModelValidator VALIDATOR = ModelValidator.create();

  private final String code;
  private final String schema;
  private final List<String> markers;

  DocumentType(String code, String schema, String... markers) {
    this.code = code;
    this.schema = schema;
    this.markers = List.of(markers);
  }

  /** The name used on the command line and in messages, for example {@code helpdesk-cases}. */
  String code() {
    return code;
  }

  /** The class-path resource of the document's JSON Schema. */
  String schema() {
    return schema;
  }

  /**
   * Reads the document strictly and applies the model's checks.
   *
   * @throws brussels.socialhealth.core.json.JsonInputException when the model refuses the document
   */
  abstract ValidationReport checkModel(String json, Territory territory);

  /** The type owning most of these top-level properties; empty when none does, or two tie. */
  static Optional<DocumentType> detect(Collection<String> topLevelProperties) {
    DocumentType best = null;
    long bestScore = 0;
    boolean tie = false;
    for (DocumentType type : values()) {
      long score = topLevelProperties.stream().filter(type.markers::contains).count();
      if (score > bestScore) {
        best = type;
        bestScore = score;
        tie = false;
      } else if (score == bestScore && score > 0) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  /** All codes, comma-separated, for help and messages. */
  static String codes() {
    return Arrays.stream(values()).map(DocumentType::code).collect(Collectors.joining(", "));
  }

  /** Parses a code given on the command line ({@code directory}, {@code HELPDESK_CASES}...). */
  static DocumentType parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(type -> type.code.equals(wanted)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown document type '" + text + "'; one of " + codes()));
  }
}
