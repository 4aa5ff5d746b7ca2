package brussels.socialhealth.territory.json;

import brussels.socialhealth.core.json.SocialHealthJson;
import brussels.socialhealth.core.validation.ValidationReport;
import brussels.socialhealth.core.validation.Violation;
import brussels.socialhealth.territory.TerritoryCodes;
import brussels.socialhealth.territory.TerritoryData;
import brussels.socialhealth.territory.TerritoryLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;

/**
 * Reads and writes the library's JSON territory document with the strict Jackson 3 mapper of
 * {@link SocialHealthJson} (unknown properties, duplicate keys and trailing tokens rejected; size limits
 * applied). Stateless and thread-safe.
 */
public final class TerritoryJson {
  private TerritoryJson() {}

  /**
   * Reads a territory document; the data is not checked for consistency here.
   *
   * @param in the JSON, UTF-8; not null; not closed
   * @param name a name for the input in reports, for example the file name
   * @return the data
   * @throws TerritoryLoadException {@link TerritoryCodes#LOAD_UNREADABLE} with a report giving the line,
   *     column and path of the problem
   */
  public static TerritoryData read(InputStream in, String name) {
    try {
      return SocialHealthJson.strictMapper().readValue(in, TerritoryData.class);
    } catch (JacksonException e) {
      Violation violation = Violation.error(TerritoryCodes.LOAD_UNREADABLE, pathOf(e), name, e.getOriginalMessage());
      TokenStreamLocation location = e.getLocation();
      if (location != null && location.getLineNr() > 0) {
        violation = violation.at(location.getLineNr(), Integer.toString(location.getColumnNr()));
      }
      throw new TerritoryLoadException(TerritoryCodes.LOAD_UNREADABLE, name, ValidationReport.of(List.of(violation)),
          e);
    } catch (RuntimeException e) {
      throw new TerritoryLoadException(TerritoryCodes.LOAD_UNREADABLE, name, ValidationReport.of(List.of(
          Violation.error(TerritoryCodes.LOAD_UNREADABLE, "", name, String.valueOf(e.getMessage())))), e);
    }
  }

  /**
   * Writes a territory document, pretty-printed, properties in their documented order.
   *
   * @param data the data; not null
   * @param out the stream; not null; not closed
   * @throws UncheckedIOException on a write error
   */
  public static void write(TerritoryData data, OutputStream out) {
    try {
      SocialHealthJson.strictMapper().writerWithDefaultPrettyPrinter().writeValue(out, data);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  private static String pathOf(JacksonException e) {
    if (e instanceof DatabindException) {
      return ((DatabindException) e).getPath().stream()
          .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
    return "";
  }
}
