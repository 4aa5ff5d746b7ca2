package brussels.socialhealth.territory;

/**
 * The stable error, violation and answer codes of the {@code territory} module, each with a message in
 * French, Dutch and English in {@code brussels/socialhealth/territory/messages_*.properties} (a test checks
 * it). Codes never change once published. In messages, {@code {0}} is the offending value or the query.
 */
public final class TerritoryCodes {
  private TerritoryCodes() {}

  // Construction of values (InvalidValueException).

  /** A territorial level code that is not known. */
  public static final String LEVEL_UNKNOWN = "territory.level.unknown";
  /** A territory reference that is not of the form {@code level:code}. */
  public static final String REF_INVALID = "territory.ref.invalid";
  /** A bassin code that is not one of the five. */
  public static final String BASSIN_UNKNOWN = "territory.bassin.unknown";
  /** An enumerated code ({1} says which kind) that is not known. */
  public static final String CODE_UNKNOWN = "territory.code.unknown";
  /** A code of the wrong form ({1} says which kind: commune, sector, postal-code...). */
  public static final String CODE_INVALID = "territory.code.invalid";
  /** A source whose id or date is malformed. */
  public static final String SOURCE_INVALID = "territory.source.invalid";
  /** A population with a negative count or an implausible year. */
  public static final String POPULATION_INVALID = "territory.population.invalid";
  /** A whole-commune bassin membership that names a part. */
  public static final String MEMBERSHIP_INVALID = "territory.membership.invalid";
  /** A CLSS wave on a grouping that is not CLSS, or a CLSS grouping without wave. */
  public static final String CLSS_WAVE_INVALID = "territory.clss.wave-invalid";

  // Loading (TerritoryLoadException).

  /** A territory file or table that cannot be read (malformed JSON or CSV, I/O error). */
  public static final String LOAD_UNREADABLE = "territory.load.unreadable";
  /** A territory file or table that was read but is inconsistent; the report says why. */
  public static final String LOAD_INCONSISTENT = "territory.load.inconsistent";

  // Consistency of territory data (violations).

  /** A document of another format or schema version. */
  public static final String DATA_FORMAT = "territory.data.format";
  /** Two units of the same level with the same code ({1} the level). */
  public static final String DATA_DUPLICATE = "territory.data.duplicate";
  /** One of the five bassins is missing. */
  public static final String DATA_BASSIN_MISSING = "territory.data.bassin-missing";
  /** A commune that belongs to no bassin. */
  public static final String DATA_COMMUNE_WITHOUT_BASSIN = "territory.data.commune-without-bassin";
  /** A reference to a unit or source that the data does not hold ({1} the kind). */
  public static final String DATA_UNKNOWN_REFERENCE = "territory.data.unknown-reference";
  /** A sector whose code does not start with its commune's NIS code. */
  public static final String DATA_SECTOR_COMMUNE_MISMATCH = "territory.data.sector-commune-mismatch";
  /** A published total that differs from the sum of its parts for the same year. */
  public static final String DATA_POPULATION_MISMATCH = "territory.data.population-mismatch";
  /** Two populations of the same unit for the same year. */
  public static final String DATA_POPULATION_DUPLICATE_YEAR = "territory.data.population-duplicate-year";
  /** An official name missing in French or Dutch (error). */
  public static final String DATA_NAMES_MISSING = "territory.data.names-missing";
  /** A neighbourhood grouping whose Dutch name no source gives (warning). */
  public static final String DATA_GROUPING_DUTCH_NAME_MISSING = "territory.data.grouping-dutch-name-missing";
  /** A postal code whose communes do not list it, or a commune postal code with no postal code entry. */
  public static final String DATA_POSTAL_CODE_MISMATCH = "territory.data.postal-code-mismatch";
  /** A district whose published sector count differs from the sectors that name it. */
  public static final String DATA_DISTRICT_SECTOR_COUNT = "territory.data.district-sector-count";
  /** A commune listed twice in the same bassin, or in a bassin both wholly and in part. */
  public static final String DATA_MEMBERSHIP_CONFLICT = "territory.data.membership-conflict";

  // The OBSS sector -> neighbourhood -> bassin table.

  /** A required column is missing from the OBSS table. */
  public static final String OBSS_COLUMN_MISSING = "territory.obss.column-missing";
  /** A row with an empty required cell. */
  public static final String OBSS_VALUE_MISSING = "territory.obss.value-missing";
  /** A sector code the territory does not know. */
  public static final String OBSS_SECTOR_UNKNOWN = "territory.obss.sector-unknown";
  /** A sector listed twice. */
  public static final String OBSS_SECTOR_DUPLICATE = "territory.obss.sector-duplicate";
  /** A bassin name that is not one of the five. */
  public static final String OBSS_BASSIN_UNKNOWN = "territory.obss.bassin-unknown";
  /** The French and Dutch bassin columns of a row disagree. */
  public static final String OBSS_BASSIN_MISMATCH = "territory.obss.bassin-mismatch";
  /** A neighbourhood number that is not a positive integer. */
  public static final String OBSS_NUMBER_INVALID = "territory.obss.number-invalid";
  /** The same neighbourhood number with different names or bassins. */
  public static final String OBSS_GROUPING_INCONSISTENT = "territory.obss.grouping-inconsistent";
  /** A sector put in a bassin its commune is not known to belong to (warning). */
  public static final String OBSS_BASSIN_OUTSIDE_COMMUNE = "territory.obss.bassin-outside-commune";

  // Reasons of a BassinAnswer.

  /** Found: the commune lies wholly in one bassin. */
  public static final String ANSWER_WHOLE_COMMUNE = "territory.answer.whole-commune";
  /** Found: the place is in a sub-municipality the sources put in one bassin (confidence medium). */
  public static final String ANSWER_SUB_MUNICIPALITY = "territory.answer.sub-municipality";
  /** Found: the postal code names a locality the sources put in one bassin. */
  public static final String ANSWER_POSTAL_LOCALITY = "territory.answer.postal-locality";
  /** Found: an OBSS table puts the sector in the bassin. */
  public static final String ANSWER_OBSS_TABLE = "territory.answer.obss-table";
  /** Found: the unit is a bassin, or a grouping that belongs to one. */
  public static final String ANSWER_BASSIN_OF_UNIT = "territory.answer.bassin-of-unit";
  /** Ambiguous: the commune is split between bassins and the place is not located within it. */
  public static final String ANSWER_COMMUNE_SPLIT = "territory.answer.commune-split";
  /**
   * Unknown: only part of the commune is known to lie in a bassin (the sources name no other), and the
   * place is not located within the commune.
   */
  public static final String ANSWER_COMMUNE_PARTLY_KNOWN = "territory.answer.commune-partly-known";
  /** Ambiguous: the postal code is used in communes of different bassins. */
  public static final String ANSWER_POSTAL_CODE_SHARED = "territory.answer.postal-code-shared";
  /** Ambiguous: the unit spans several bassins (the Region, a district across bassins). */
  public static final String ANSWER_SPANS_BASSINS = "territory.answer.spans-bassins";
  /** Ambiguous: the name matches several places. */
  public static final String ANSWER_NAME_AMBIGUOUS = "territory.answer.name-ambiguous";
  /** Unknown: the postal code is not a postal code of the Region. */
  public static final String ANSWER_POSTAL_CODE_UNKNOWN = "territory.answer.postal-code-unknown";
  /** Unknown: no commune has that NIS code or name. */
  public static final String ANSWER_COMMUNE_UNKNOWN = "territory.answer.commune-unknown";
  /** Unknown: no sector has that code. */
  public static final String ANSWER_SECTOR_UNKNOWN = "territory.answer.sector-unknown";
  /** Unknown: the reference names no unit of the territory. */
  public static final String ANSWER_UNIT_UNKNOWN = "territory.answer.unit-unknown";
  /** Unknown: the postal code is not used in the commune named with it. */
  public static final String ANSWER_POSTAL_CODE_COMMUNE_MISMATCH = "territory.answer.postal-code-commune-mismatch";
}
