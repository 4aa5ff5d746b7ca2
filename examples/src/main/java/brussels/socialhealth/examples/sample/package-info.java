/**
 * Fictional sample data: {@link brussels.socialhealth.examples.sample.SampleDirectory}, the directory of the
 * bassin Sud-Est (real communes and postal codes, invented organisations, people and contacts), built by
 * the seeded {@link brussels.socialhealth.examples.sample.DirectoryGenerator} over
 * {@link brussels.socialhealth.examples.sample.SampleCommune}s, which the benchmarks also use at scale.
 */
@SocialHealthStyle
package brussels.socialhealth.examples.sample;

import brussels.socialhealth.core.SocialHealthStyle;
