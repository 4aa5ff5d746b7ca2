/**
 * Runnable examples over the library: the {@code socialhealth} command-line tool
 * ({@code cli}), fictional sample data ({@code demo}), and JMH benchmarks ({@code bench}).
 *
 * <ul>
 *   <li>{@link brussels.socialhealth.examples.ExamplesCodes}: the message codes of this module, each with
 *       a French, Dutch and English text in {@code brussels/socialhealth/examples/messages_*.properties}.
 * </ul>
 *
 * <p>Nothing here is library API: it shows how the library is used and may change at any time.
 */
@SocialHealthStyle
package brussels.socialhealth.examples;

import brussels.socialhealth.core.SocialHealthStyle;
