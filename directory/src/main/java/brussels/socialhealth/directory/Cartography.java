package brussels.socialhealth.directory;

import brussels.socialhealth.core.Language;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.Network;
import com.google.common.graph.NetworkBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The network of actors of a {@link Directory} and their links, the "cartographie des acteur·rices et
 * de leurs liens" the bassins asked for.
 *
 * <p>Nodes are the ids of organisations, professionals, teams and bodies. Edges ({@link CartographyEdge})
 * come from memberships (member to group), employment (professional to organisation) and declared
 * {@link Link}s (partnerships, referrals). The graph is a Guava {@link Network} that allows parallel
 * edges; {@link #neighbours}, {@link #shortestPath} and {@link #connectedComponents} ignore edge
 * direction (a referral connects both actors). Export as GraphML ({@link #toGraphMl}) or Graphviz DOT
 * ({@link #toDot}) for drawing.
 *
 * <p>Immutable and thread-safe; obtained from {@link Directory#cartography()}.
 */
public final class Cartography {
  private final Directory directory;
  private final ImmutableNetwork<String, CartographyEdge> network;

  private Cartography(Directory directory, ImmutableNetwork<String, CartographyEdge> network) {
    this.directory = directory;
    this.network = network;
  }

  /**
   * Builds the cartography of a directory. Edges whose ends the directory does not hold are left out
   * ({@link DirectoryRules#REFERENCES} reports them).
   *
   * @param directory the directory; not null
   * @return the cartography
   */
  public static Cartography of(Directory directory) {
    return of(directory, null);
  }

  /**
   * Builds the cartography of a directory on a date: memberships and links whose period does not
   * contain the date are left out.
   *
   * @param directory the directory; not null
   * @param date the date, or null for every membership and link whatever its period
   * @return the cartography
   */
  public static Cartography of(Directory directory, java.time.LocalDate date) {
    var builder = NetworkBuilder.directed().allowsParallelEdges(true).allowsSelfLoops(false)
        .<String, CartographyEdge>immutable();
    Set<String> actors = new LinkedHashSet<>();
    directory.getOrganisations().forEach(o -> actors.add(o.getId()));
    directory.getProfessionals().forEach(p -> actors.add(p.getId()));
    directory.getTeams().forEach(t -> actors.add(t.getId()));
    directory.getBodies().forEach(b -> actors.add(b.getId()));
    actors.forEach(builder::addNode);
    for (Professional professional : directory.getProfessionals()) {
      professional.getOrganisationId().filter(actors::contains).ifPresent(org -> builder.addEdge(
          professional.getId(), org,
          CartographyEdge.of(professional.getId(), LinkKind.EMPLOYMENT, professional.getId(), org)));
    }
    for (Membership membership : directory.getMemberships()) {
      if (actors.contains(membership.getMemberId()) && actors.contains(membership.getGroupId())
          && (date == null || membership.isCurrentOn(date))) {
        builder.addEdge(membership.getMemberId(), membership.getGroupId(), CartographyEdge.of(
            membership.getId(), LinkKind.MEMBERSHIP, membership.getMemberId(), membership.getGroupId()));
      }
    }
    for (Link link : directory.getLinks()) {
      if (actors.contains(link.getFromId()) && actors.contains(link.getToId())
          && (date == null || link.getPeriod().map(p -> p.contains(date)).orElse(true))) {
        builder.addEdge(link.getFromId(), link.getToId(),
            CartographyEdge.of(link.getId(), link.getKind(), link.getFromId(), link.getToId()));
      }
    }
    return new Cartography(directory, builder.build());
  }

  /**
   * Returns the underlying Guava network (directed, parallel edges allowed), for algorithms of the
   * caller's own.
   *
   * @return the immutable network
   */
  public Network<String, CartographyEdge> network() {
    return network;
  }

  /**
   * Returns the actors, in directory order.
   *
   * @return an immutable set of ids
   */
  public Set<String> actors() {
    return network.nodes();
  }

  /**
   * Returns the edges, in directory order.
   *
   * @return an immutable set
   */
  public Set<CartographyEdge> edges() {
    return network.edges();
  }

  /**
   * Returns the actors directly linked to an actor, in either direction, sorted by id.
   *
   * @param id an actor id
   * @return an immutable sorted set; empty for an unknown id
   */
  public Set<String> neighbours(String id) {
    if (!network.nodes().contains(id)) {
      return Set.of();
    }
    return java.util.Collections.unmodifiableSet(new TreeSet<>(network.adjacentNodes(id)));
  }

  /**
   * Returns the edges touching an actor.
   *
   * @param id an actor id
   * @return an immutable set; empty for an unknown id
   */
  public Set<CartographyEdge> edgesOf(String id) {
    return network.nodes().contains(id) ? network.incidentEdges(id) : Set.of();
  }

  /**
   * Returns a shortest chain of actors from one to another, ignoring edge direction; among equally short
   * chains, the one through the smallest ids.
   *
   * @param fromId the start
   * @param toId the end
   * @return the ids from start to end inclusive, or empty if they are not connected or unknown
   */
  public Optional<List<String>> shortestPath(String fromId, String toId) {
    if (!network.nodes().contains(fromId) || !network.nodes().contains(toId)) {
      return Optional.empty();
    }
    Map<String, String> previous = new HashMap<>();
    previous.put(fromId, fromId);
    Deque<String> queue = new ArrayDeque<>(List.of(fromId));
    while (!queue.isEmpty()) {
      String current = queue.removeFirst();
      if (current.equals(toId)) {
        List<String> path = new ArrayList<>();
        for (String at = toId; !at.equals(fromId); at = previous.get(at)) {
          path.add(0, at);
        }
        path.add(0, fromId);
        return Optional.of(List.copyOf(path));
      }
      for (String next : new TreeSet<>(network.adjacentNodes(current))) {
        if (!previous.containsKey(next)) {
          previous.put(next, current);
          queue.addLast(next);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the connected components, ignoring edge direction: the largest first, ties by smallest id.
   * Isolated actors form components of one.
   *
   * @return an immutable list of immutable sorted sets
   */
  public List<Set<String>> connectedComponents() {
    Set<String> visited = new java.util.HashSet<>();
    List<Set<String>> components = new ArrayList<>();
    for (String start : network.nodes()) {
      if (visited.contains(start)) {
        continue;
      }
      TreeSet<String> component = new TreeSet<>();
      Deque<String> queue = new ArrayDeque<>(List.of(start));
      visited.add(start);
      while (!queue.isEmpty()) {
        String current = queue.removeFirst();
        component.add(current);
        for (String next : network.adjacentNodes(current)) {
          if (visited.add(next)) {
            queue.addLast(next);
          }
        }
      }
      components.add(java.util.Collections.unmodifiableSet(component));
    }
    components.sort(Comparator.comparingInt((Set<String> c) -> -c.size())
        .thenComparing(c -> c.iterator().next()));
    return List.copyOf(components);
  }

  /**
   * Returns the type of an actor: {@code organisation}, {@code professional}, {@code team} or
   * {@code body}.
   *
   * @param id an actor id
   * @return the type, or {@code unknown}
   */
  public String typeOf(String id) {
    return directory.find(id).map(e -> e instanceof Organisation ? "organisation"
        : e instanceof Professional ? "professional"
        : e instanceof Team ? "team"
        : e instanceof Body ? "body" : "other").orElse("unknown");
  }

  /**
   * Writes the network as GraphML (directed), with each node's type and name and each edge's kind, for
   * yEd, Gephi or Cytoscape. Deterministic.
   *
   * @param language the language of the names
   * @return the GraphML document
   */
  public String toGraphMl(Language language) {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
        .append("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n")
        .append("  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n")
        .append("  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n")
        .append("  <graph id=\"cartography\" edgedefault=\"directed\">\n");
    for (String node : network.nodes()) {
      out.append("    <node id=\"").append(xml(node)).append("\">")
          .append("<data key=\"type\">").append(typeOf(node)).append("</data>")
          .append("<data key=\"name\">").append(xml(directory.nameOf(node, language))).append("</data>")
          .append("</node>\n");
    }
    for (CartographyEdge edge : network.edges()) {
      out.append("    <edge id=\"").append(xml(edge.getSourceId() + "/" + edge.getKind().code()))
          .append("\" source=\"").append(xml(edge.getFromId()))
          .append("\" target=\"").append(xml(edge.getToId())).append("\">")
          .append("<data key=\"kind\">").append(edge.getKind().code()).append("</data></edge>\n");
    }
    return out.append("  </graph>\n</graphml>\n").toString();
  }

  /**
   * Writes the network in Graphviz DOT, node shapes by type, edge styles by kind. Deterministic.
   *
   * @param language the language of the names
   * @return the DOT document
   */
  public String toDot(Language language) {
    StringBuilder out = new StringBuilder("digraph cartography {\n  node [fontname=\"Helvetica\"];\n");
    for (String node : network.nodes()) {
      String type = typeOf(node);
      String shape = type.equals("organisation") ? "box" : type.equals("professional") ? "ellipse"
          : type.equals("team") ? "hexagon" : "octagon";
      out.append("  \"").append(dot(node)).append("\" [label=\"").append(dot(directory.nameOf(node, language)))
          .append("\", shape=").append(shape).append("];\n");
    }
    for (CartographyEdge edge : network.edges()) {
      String style = edge.getKind() == LinkKind.REFERRAL ? "dashed"
          : edge.getKind() == LinkKind.PARTNERSHIP ? "bold" : "solid";
      out.append("  \"").append(dot(edge.getFromId())).append("\" -> \"").append(dot(edge.getToId()))
          .append("\" [label=\"").append(edge.getKind().code()).append("\", style=").append(style)
          .append("];\n");
    }
    return out.append("}\n").toString();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String dot(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
