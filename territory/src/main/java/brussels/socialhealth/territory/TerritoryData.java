package brussels.socialhealth.territory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The library's JSON territory document: every fact of a {@link Territory}, with its sources, as read by
 * {@link Territory#load(java.io.InputStream)} and written by {@link Territory#writeJson(java.io.OutputStream)}.
 * The format is documented in {@code docs/territory.md}. A {@code TerritoryData} may be inconsistent; a
 * {@link Territory} built from it never is. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"format", "schemaVersion", "version", "compiledOn", "description", "sources", "region",
    "bassins", "communes", "postalCodes", "subMunicipalities", "districts", "sectors", "groupings",
    "openQuestions"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableTerritoryData.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableTerritoryData.class)
public abstract class TerritoryData {
  /** The value of {@link #getFormat()}. */
  public static final String FORMAT = "socialhealth-territory";
  /** The schema version this library writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /**
   * Returns the document type, always {@value #FORMAT}.
   *
   * @return the format name
   */
  @Value.Default
  public String getFormat() {
    return FORMAT;
  }

  /**
   * Returns the schema version of the document.
   *
   * @return the version, {@value #SCHEMA_VERSION} for this library
   */
  @Value.Default
  public int getSchemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Returns the version of the data, for example {@code 2025.1}.
   *
   * @return the data version
   */
  public abstract String getVersion();

  /**
   * Returns the date the data set was compiled.
   *
   * @return the date
   */
  public abstract LocalDate getCompiledOn();

  /**
   * Returns a description of the data set.
   *
   * @return the description
   */
  public abstract String getDescription();

  /**
   * Returns the sources the facts cite.
   *
   * @return an immutable list
   */
  public abstract List<Source> getSources();

  /**
   * Returns the Region.
   *
   * @return the region
   */
  public abstract Region getRegion();

  /**
   * Returns the bassins.
   *
   * @return an immutable list
   */
  public abstract List<Bassin> getBassins();

  /**
   * Returns the communes.
   *
   * @return an immutable list
   */
  public abstract List<Commune> getCommunes();

  /**
   * Returns the postal codes.
   *
   * @return an immutable list
   */
  public abstract List<PostalCodeArea> getPostalCodes();

  /**
   * Returns the sub-municipalities.
   *
   * @return an immutable list
   */
  public abstract List<SubMunicipality> getSubMunicipalities();

  /**
   * Returns the Monitoring districts.
   *
   * @return an immutable list
   */
  public abstract List<MonitoringDistrict> getDistricts();

  /**
   * Returns the statistical sectors.
   *
   * @return an immutable list
   */
  public abstract List<StatisticalSector> getSectors();

  /**
   * Returns the neighbourhood groupings known.
   *
   * @return an immutable list
   */
  public abstract List<NeighbourhoodGrouping> getGroupings();

  /**
   * Returns the facts the sources do not give.
   *
   * @return an immutable list
   */
  public abstract List<OpenQuestion> getOpenQuestions();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableTerritoryData.Builder builder() {
    return ImmutableTerritoryData.builder();
  }
}
