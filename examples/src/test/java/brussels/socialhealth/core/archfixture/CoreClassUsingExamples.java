package brussels.socialhealth.core.archfixture;

import brussels.socialhealth.examples.cli.SocialHealthCli;

/** Breaks the layering on purpose (a "core" class using examples); see LayeringTest. */
public final class CoreClassUsingExamples {
  private CoreClassUsingExamples() {}

  static Object uses() {
    return SocialHealthCli.commandLine();
  }
}
