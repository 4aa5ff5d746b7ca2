package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.Messages;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.DirectoryCodes;
import brussels.socialhealth.directory.Need;
import brussels.socialhealth.directory.Orientation;
import brussels.socialhealth.directory.OrientationResult;
import brussels.socialhealth.directory.PlaceAnswer;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  /** A place that may lie in several communes: the text, the candidates, an unambiguous example. */
  public static final String PLACE_AMBIGUOUS = "examples.place.ambiguous";

  /** A postal code at the end of an address, then the municipality if any: {@code Rue X 12, 1060 Saint-Gilles}. */
  private static final Pattern ADDRESS = Pattern.compile("(?:^|[\\s,])(\\d{4})(?:\\s+([^\\d,]+?))?\\s*$");

  @Option(names = "--need", required = true, split = ",", paramLabel = "<theme>",
      description = "Themes needed, comma-separated codes such as mental-health,debt.")
  List<String> needs = new ArrayList<>();

  @Option(names = "--near", required = true, paramLabel = "<place>",
      description = "Where: a commune name (Etterbeek, Oudergem), a NIS code (21005), a postal code (1160), "
          + "an address (\"1040 Etterbeek\", \"Rue X 12, 1060 Saint-Gilles\") "
          + "or a reference (commune:21005, sector:21002A00-, bassin:SUD_EST). "
          + "A postal code of several communes (1040, 1050) needs the commune's name.")
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
   * Resolves what a user typed as a place: a territory reference, a NIS code, a commune name in French or
   * Dutch, or an address ending with a postal code and, optionally, the municipality ({@code 1160},
   * {@code 1040 Etterbeek}, {@code Rue X 12, 1060 Saint-Gilles}), located with
   * {@link Orientation#locate(Territory, String, String)} at its commune.
   *
   * @param text the text
   * @param territory the registry
   * @return the place
   * @throws InvalidValueException {@code examples.place.ambiguous}, naming the candidate communes in each
   *     language, for a postal code of several communes without a name that decides ({@code 1040});
   *     {@code examples.place.unknown} when nothing matches
   */
  static TerritoryRef resolvePlace(String text, Territory territory) {
    String value = text.strip();
    PlaceAnswer answer = null;
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
    } else {
      Matcher address = ADDRESS.matcher(value);
      if (address.find()) {
        answer = Orientation.locate(territory, address.group(1), address.group(2));
      } else {
        Optional<Commune> commune = territory.communeNamed(value);
        if (commune.isPresent()) {
          return commune.get().toRef();
        }
        answer = Orientation.locate(territory, null, value);
      }
    }
    if (answer != null && answer.getPlace().isPresent()) {
      return answer.getPlace().get();
    }
    if (answer != null && answer.getCandidates().size() > 1) {
      throw InvalidValueException.withMessage(PLACE_AMBIGUOUS, text, ambiguous(text, answer, territory));
    }
    throw new InvalidValueException(PLACE_UNKNOWN, text, DirectoryCodes.TERRITORY_UNKNOWN);
  }

  /** "1040" may be Etterbeek (commune:21005) or Bruxelles (commune:21004): try "1040 Etterbeek". */
  private static LocalizedText ambiguous(String text, PlaceAnswer answer, Territory territory) {
    String postalCode = "";
    Matcher address = ADDRESS.matcher(text.strip());
    if (address.find()) {
      postalCode = address.group(1) + " ";
    }
    LocalizedText.Builder message = LocalizedText.builder();
    for (Language language : Messages.MESSAGE_LANGUAGES) {
      List<String> candidates = new ArrayList<>();
      for (TerritoryRef candidate : answer.getCandidates()) {
        candidates.add(territory.nameOf(candidate, language) + " (" + candidate + ")");
      }
      String example = postalCode + territory.nameOf(example(answer, territory, postalCode.strip()), language);
      message.putValue(language, Messages.render(PLACE_AMBIGUOUS, text.strip(), String.join(", ", candidates),
          example).get(language));
    }
    return message.build();
  }

  /** The candidate whose main postal code is the one typed (Etterbeek for 1040), else the first. */
  private static TerritoryRef example(PlaceAnswer answer, Territory territory, String postalCode) {
    for (TerritoryRef candidate : answer.getCandidates()) {
      Optional<Commune> commune = territory.commune(candidate.getCode());
      if (commune.isPresent() && !commune.get().getPostalCodes().isEmpty()
          && commune.get().getPostalCodes().get(0).equals(postalCode)) {
        return candidate;
      }
    }
    return answer.getCandidates().get(0);
  }
}
