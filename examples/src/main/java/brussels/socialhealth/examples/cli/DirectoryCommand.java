package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.directory.AccessMode;
import brussels.socialhealth.directory.Cost;
import brussels.socialhealth.directory.CriterionResult;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.InformationPointLabel;
import brussels.socialhealth.directory.LabelAssessment;
import brussels.socialhealth.directory.LabelBalance;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.ServiceQuery;
import brussels.socialhealth.directory.SpokenLanguage;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.directory.UnitBalance;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code socialhealth directory ...}: the directory of the social-health offer on the command line —
 * {@code search} services, draw the {@code graph} of actors, assess the {@code label} "Pousse ma porte".
 * Reads the fictional sample directory of the bassin Sud-Est unless {@code --file} names a directory JSON
 * document.
 *
 * <p>Mutable (picocli sets the options); one instance per run.
 */
@Command(
    name = "directory",
    mixinStandardHelpOptions = true,
    versionProvider = SocialHealthCli.Version.class,
    description = "Searches the directory, draws the network of actors, assesses the Pousse ma porte label.",
    subcommands = {
      DirectoryCommand.Search.class,
      DirectoryCommand.Graph.class,
      DirectoryCommand.Label.class,
    })
public final class DirectoryCommand extends SocialHealthCommand {
  /** Search summary: count, file. */
  public static final String SEARCH_COUNT = "examples.directory.search.count";
  /** One search result: id, service, organisation, communes. */
  public static final String SEARCH_LINE = "examples.directory.search.line";
  /** One label line: service id, name, outcome. */
  public static final String LABEL_LINE = "examples.directory.label.line";
  /** One criterion under a label line: criterion, outcome, reason. */
  public static final String LABEL_CRITERION = "examples.directory.label.criterion";
  /** Balance line: commune, labelled, candidates. */
  public static final String LABEL_BALANCE = "examples.directory.label.balance";
  /** Balance summary: balanced or not. */
  public static final String LABEL_BALANCED = "examples.directory.label.balanced";

  @Option(names = "--file", paramLabel = "<directory.json>", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "A directory JSON document (default: the fictional sample of the bassin Sud-Est).")
  Path file;

  /** Creates the command; picocli calls this. */
  public DirectoryCommand() {}

  /** Without a sub-command: prints the usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(out());
    return ExitCodes.USAGE;
  }

  Directory directory() throws IOException {
    return OrientCommand.readDirectory(file);
  }

  /** {@code socialhealth directory search}: services by theme, public, language, cost, access, place, time. */
  @Command(name = "search", mixinStandardHelpOptions = true, versionProvider = SocialHealthCli.Version.class,
      description = "Lists the services matching every criterion given (any value within one criterion).")
  public static final class Search extends SocialHealthCommand {
    @ParentCommand
    DirectoryCommand parent;

    @Option(names = "--theme", split = ",", paramLabel = "<theme>", description = "Themes, such as housing,debt.")
    List<String> themes = new ArrayList<>();

    @Option(names = "--public", split = ",", paramLabel = "<public>", description = "Publics, such as elderly.")
    List<String> publics = new ArrayList<>();

    @Option(names = "--speaks", split = ",", paramLabel = "<language>", description = "Languages, such as ar,tr.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--cost", split = ",", paramLabel = "<cost>", description = "free, income-based or paid.")
    List<String> costs = new ArrayList<>();

    @Option(names = "--access", split = ",", paramLabel = "<mode>",
        description = "in-person, phone, email, outreach, home-visit, online.")
    List<String> access = new ArrayList<>();

    @Option(names = "--in", paramLabel = "<place>",
        description = "A commune name, NIS code, postal code or reference such as bassin:SUD_EST.")
    String in;

    @Option(names = "--open-at", paramLabel = "<date-time>",
        description = "Open at this Brussels local time, such as 2026-03-10T18:30.")
    LocalDateTime openAt;

    @Option(names = "--text", paramLabel = "<text>", description = "Words in the service's or organisation's name.")
    String text;

    @Option(names = "--json", description = "Print the services as JSON.")
    boolean json;

    /** Creates the command; picocli calls this. */
    public Search() {}

    @Override
    public Integer call() throws IOException {
      Directory directory = parent.directory();
      var query = ServiceQuery.builder();
      themes.forEach(c -> query.addThemes(Theme.parse(c)));
      publics.forEach(c -> query.addPublics(TargetPublic.parse(c)));
      languages.forEach(c -> query.addLanguages(SpokenLanguage.parse(c)));
      costs.forEach(c -> query.addCosts(Cost.parse(c)));
      access.forEach(c -> query.addAccessModes(AccessMode.parse(c)));
      if (in != null) {
        query.addTerritories(OrientCommand.resolvePlace(in, Territory.embedded()));
      }
      if (openAt != null) {
        query.openAt(openAt);
      }
      if (text != null) {
        query.text(text);
      }
      List<Service> services = directory.search(query.build());
      if (json) {
        out().println(ExampleJson.pretty(services));
        return ExitCodes.OK;
      }
      Territory territory = Territory.embedded();
      println(SEARCH_COUNT, services.size(), parent.file == null ? "sample" : parent.file.toString());
      for (Service service : services) {
        String communes = directory.sitesOf(service).stream()
            .map(site -> territory.nameOf(site.getCommune(), language())).distinct()
            .collect(Collectors.joining(", "));
        println(SEARCH_LINE, service.getId(), service.getNames().get(language()),
            directory.nameOf(service.getOrganisationId(), language()), communes);
      }
      return ExitCodes.OK;
    }
  }

  /** {@code socialhealth directory graph}: the network of actors as DOT or GraphML. */
  @Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = SocialHealthCli.Version.class,
      description = "Prints the network of organisations, professionals, teams and bodies as DOT or GraphML.")
  public static final class Graph extends SocialHealthCommand {
    @ParentCommand
    DirectoryCommand parent;

    @Option(names = "--format", paramLabel = "dot|graphml", description = "dot (default) or graphml.")
    String format = "dot";

    @Option(names = "--on", paramLabel = "<date>",
        description = "Only memberships and links current on this date, such as 2024-06-01.")
    java.time.LocalDate on;

    /** Creates the command; picocli calls this. */
    public Graph() {}

    @Override
    public Integer call() throws IOException {
      Directory directory = parent.directory();
      var cartography = on == null ? directory.cartography() : directory.cartography(on);
      Language language = language();
      out().print("graphml".equalsIgnoreCase(format) ? cartography.toGraphMl(language) : cartography.toDot(language));
      out().flush();
      return ExitCodes.OK;
    }
  }

  /** {@code socialhealth directory label}: the Pousse ma porte criteria and the balance of the bassin. */
  @Command(name = "label", mixinStandardHelpOptions = true, versionProvider = SocialHealthCli.Version.class,
      description = "Assesses the Pousse ma porte / Binnen zonder kloppen criteria for the generalist services"
          + " and shows the balance of labelled points across the communes of a bassin.")
  public static final class Label extends SocialHealthCommand {
    @ParentCommand
    DirectoryCommand parent;

    @Option(names = "--bassin", paramLabel = "<code>", description = "The bassin (default: SUD_EST).")
    String bassin = "SUD_EST";

    @Option(names = "--all", description = "Assess every service, not only the information ones.")
    boolean all;

    /** Creates the command; picocli calls this. */
    public Label() {}

    @Override
    public Integer call() throws IOException {
      Directory directory = parent.directory();
      InformationPointLabel label = InformationPointLabel.of(directory);
      for (Service service : directory.getServices()) {
        if (!all && !service.getThemes().contains(Theme.INFORMATION_ORIENTATION)) {
          continue;
        }
        LabelAssessment assessment = label.assess(service);
        println(LABEL_LINE, service.getId(), service.getNames().get(language()),
            assessment.getOutcome().label().get(language()));
        for (CriterionResult result : assessment.getResults()) {
          println(LABEL_CRITERION, result.getCriterion().label().get(language()),
              result.getOutcome().label().get(language()), result.getReason().getMessage().get(language()));
        }
      }
      Territory territory = Territory.embedded();
      LabelBalance balance = label.balance(TerritoryRef.bassin(bassin), territory);
      for (UnitBalance unit : balance.getUnits()) {
        println(LABEL_BALANCE, territory.nameOf(unit.getUnit(), language()), unit.getLabelledServiceIds().size(),
            unit.getCandidateServiceIds().size());
      }
      println(LABEL_BALANCED, yesNo(balance.isBalanced()));
      return ExitCodes.OK;
    }
  }
}
