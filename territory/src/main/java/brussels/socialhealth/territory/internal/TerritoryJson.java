package brussels.socialhealth.territory.internal;

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
 * Reads and writes the library's JSON territory format with Jackson 3, so that the public
 * {@code Territory} type does not touch Jackson itself. Not API.
 */
public final class TerritoryJson {
  private TerritoryJson() {}

  /**
   * Reads a territory document.
   *
   * @param in the stream, not closed
   * @param name the name of the source, for messages
   * @return the data
   * @throws TerritoryLoadException {@link TerritoryCodes#LOAD_UNREADABLE} with line and column
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
      throw new TerritoryLoadException(TerritoryCodes.LOAD_UNREADABLE, name,
          ValidationReport.of(List.of(violation)), e);
    } catch (RuntimeException e) {
      throw new TerritoryLoadException(TerritoryCodes.LOAD_UNREADABLE, name, ValidationReport.of(List.of(
          Violation.error(TerritoryCodes.LOAD_UNREADABLE, "", name, String.valueOf(e.getMessage())))), e);
    }
  }

  /**
   * Writes a territory document, pretty-printed.
   *
   * @param out the stream, not closed
   * @param data the data
   * @throws UncheckedIOException on a write error
   */
  public static void write(OutputStream out, TerritoryData data) {
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
