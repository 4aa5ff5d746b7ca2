package brussels.socialhealth.directory.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The targets a mapping file may name with {@code target:}, for tools that pick the target from the
 * mapping (the {@code socialhealth import} command). The directory's targets are registered from the
 * start; other modules (events) and applications {@linkplain #register add} theirs. Thread-safe.
 */
public final class ExchangeTargets {
  private static final List<ExchangeTarget<?>> TARGETS = new CopyOnWriteArrayList<>();

  private ExchangeTargets() {}

  /**
   * Adds a target; a target of the same name is replaced.
   *
   * @param target the target; not null
   */
  public static synchronized void register(ExchangeTarget<?> target) {
    TARGETS.removeIf(t -> t.getName().equals(target.getName()));
    TARGETS.add(target);
  }

  /**
   * Finds a target by name.
   *
   * @param name the name written after {@code target:} in a mapping file
   * @return the target, or empty
   */
  public static Optional<ExchangeTarget<?>> find(String name) {
    DirectoryTargetsHolder.ensureRegistered();
    return TARGETS.stream().filter(t -> t.getName().equals(name)).findFirst();
  }

  /**
   * Returns every registered target.
   *
   * @return an unmodifiable snapshot
   */
  public static List<ExchangeTarget<?>> all() {
    DirectoryTargetsHolder.ensureRegistered();
    return Collections.unmodifiableList(new ArrayList<>(TARGETS));
  }

  /** Registers the directory's own targets once. */
  private static final class DirectoryTargetsHolder {
    private static volatile boolean registered;

    static void ensureRegistered() {
      if (!registered) {
        synchronized (DirectoryTargetsHolder.class) {
          if (!registered) {
            registered = true;
            DirectoryTargets.all().forEach(ExchangeTargets::register);
          }
        }
      }
    }
  }
}
