package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.DirectoryCodes;
import brussels.socialhealth.directory.Need;
import brussels.socialhealth.directory.Orientation;
import brussels.socialhealth.directory.OrientationResult;
import brussels.socialhealth.directory.Reason;
import brussels.socialhealth.directory.SpokenLanguage;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.examples.sample.SampleDirectory;
import brussels.socialhealth.territory.Commune;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code socialhealth orient --need mental-health --near Etterbeek}: proposes services for a need near a
 * place, climbing the subsidiarity ladder (neighbourhood, commune, bassin, region), and says why each one
 * matched. Reads the fictional sample directory unless {@code --file} names a directory JSON document.
 *
 * <p>Mutable (picocli sets the options); one instance per run.
 */
@Command(
    name = "orient",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = {
      "Proposes services for a need near a place, closest rung of the subsidiarity ladder first",
      "(neighbourhood, commune, bassin, region), with the reasons each one matched."
    })
public final class OrientCommand extends SocialHealthCommand {
  /** Title line: need, place, place name. */
  public static final String TITLE = "examples.orient.title";
  /** One result: rank, level, service, organisation. */
  public static final String RESULT = "examples.orient.result";
  /** One reason under a result. */
  public static final String REASON = "examples.orient.reason";
  /** No result. */
  public static final String NONE = "examples.orient.none";
  /** A place that cannot be found. */
  public static final String PLACE_UNKNOWN = "examples.place.unknown";

  @Option(names = "--need", required = true, split = ",", paramLabel = "<theme>",
      description = "Themes needed, comma-separated codes such as mental-health,debt.")
  List<String> needs = new ArrayList<>();

  @Option(names = "--near", required = true, paramLabel = "<place>",
      description = "Where: a commune name (Etterbeek, Oudergem), a NIS code (21005), a postal code (1160) "
          + "or a reference (commune:21005, sector:21002A00-, bassin:SUD_EST).")
  String near;

  @Option(names = "--public", split = ",", paramLabel = "<public>",
      description = "Publics the person belongs to, such as newcomers,elderly.")
  List<String> publics = new ArrayList<>();

  @Option(names = "--speaks", split = ",", paramLabel = "<language>",
      description = "Languages the person speaks, such as ar,fr.")
  List<String> languages = new ArrayList<>();

  @Option(names = "--limit", paramLabel = "<n>", description = "At most this many results (default: 10).")
  int limit = 10;

  @Option(names = "--json", description = "Print the results as JSON.")
  boolean json;

  @Option(names = "--file", paramLabel = "<directory.json>",
      description = "A directory JSON document (default: the fictional sample of the bassin Sud-Est).")
  Path file;

  /** Creates the command; picocli calls this. */
  public OrientCommand() {}

  @Override
  public Integer call() throws IOException {
    Territory territory = Territory.embedded();
    TerritoryRef place = resolvePlace(near, territory);
    Directory directory = readDirectory(file);
    var need = Need.builder();
    needs.forEach(code -> need.addThemes(Theme.parse(code)));
    publics.forEach(code -> need.addPublics(TargetPublic.parse(code)));
    languages.forEach(code -> need.addLanguages(SpokenLanguage.parse(code)));
    List<OrientationResult> results = Orientation.of(directory, territory).orient(need.build(), place);
    List<OrientationResult> shown = results.subList(0, Math.min(Math.max(limit, 0), results.size()));
    if (json) {
      out().println(ExampleJson.pretty(shown));
      return ExitCodes.OK;
    }
    println(TITLE, String.join(", ", needs), territory.nameOf(place, language()), place);
    if (shown.isEmpty()) {
      println(NONE);
    }
    for (OrientationResult result : shown) {
      println(RESULT, result.getRank(), result.getLevel().label().get(language()),
          result.getService().getNames().get(language()),
          directory.nameOf(result.getService().getOrganisationId(), language()));
      for (Reason reason : result.getReasons()) {
        println(REASON, reason.getMessage().get(language()));
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Reads a directory document, or the sample when no file is given.
   *
   * @param file the file, or null
   * @return the directory
   * @throws IOException if the file cannot be read
   */
  static Directory readDirectory(Path file) throws IOException {
    if (file == null) {
      return SampleDirectory.load();
    }
    try (InputStream in = Files.newInputStream(file)) {
      return ExampleJson.read(in, Directory.class);
    }
  }

  /**
   * Resolves what a user typed as a place: a territory reference, a NIS code, a postal code or a
   * commune name in French or Dutch.
   *
   * @param text the text
   * @param territory the registry
   * @return the place
   * @throws InvalidValueException {@code examples.place.unknown} when nothing matches
   */
  static TerritoryRef resolvePlace(String text, Territory territory) {
    String value = text.strip();
    if (value.contains(":")) {
      TerritoryRef ref = TerritoryRef.parse(value);
      if (territory.resolve(ref).isPresent()) {
        return ref;
      }
    } else if (value.matches("\\d{5}")) {
      Optional<Commune> commune = territory.commune(value);
      if (commune.isPresent()) {
        return commune.get().toRef();
      }
    } else if (value.matches("\\d{4}")) {
      List<Commune> communes = territory.communesByPostalCode(value);
      if (communes.size() == 1) {
        return communes.get(0).toRef();
      }
    } else {
      Optional<Commune> commune = territory.communeNamed(value);
      if (commune.isPresent()) {
        return commune.get().toRef();
      }
    }
    throw new InvalidValueException(PLACE_UNKNOWN, text, DirectoryCodes.TERRITORY_UNKNOWN);
  }
}
