/**
 * Fictional sample data for the demo and the benchmarks.
 *
 * <ul>
 *   <li>{@link brussels.socialhealth.examples.demo.SampleService}: a small value type standing for a
 *       service of the directory, with an official name in French and Dutch.
 *   <li>{@link brussels.socialhealth.examples.demo.SampleData}: the fictional values (no real person, no
 *       real organisation's contact).
 * </ul>
 */
@SocialHealthStyle
package brussels.socialhealth.examples.demo;

import brussels.socialhealth.core.SocialHealthStyle;
