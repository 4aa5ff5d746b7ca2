/**
 * The {@code socialhealth} command-line tool, built with picocli.
 *
 * <ul>
 *   <li>{@link brussels.socialhealth.examples.cli.SocialHealthCli}: the top command and the one list of
 *       sub-commands; {@code main} of {@code examples/target/socialhealth.jar}.
 *   <li>{@link brussels.socialhealth.examples.cli.SocialHealthCommand}: base class of sub-commands (help,
 *       version, {@code --lang}, output in the user's language).
 *   <li>{@link brussels.socialhealth.examples.cli.LanguageOption}: the shared {@code --lang fr|nl|en}.
 *   <li>{@link brussels.socialhealth.examples.cli.ExitCodes}: the documented exit codes.
 *   <li>{@link brussels.socialhealth.examples.cli.DemoCommand}: {@code socialhealth demo}.
 * </ul>
 *
 * <p>User guide: {@code docs/cli.md}.
 */
@SocialHealthStyle
package brussels.socialhealth.examples.cli;

import brussels.socialhealth.core.SocialHealthStyle;
