/**
 * Fictional sample data of the Brussels social-health model: real communes and postal codes, invented
 * organisations, people and contacts (plausible Brussels-like names only).
 *
 * <ul>
 *   <li>{@link brussels.socialhealth.examples.sample.SampleDirectory}: the directory of the bassin Sud-Est,
 *       built by the seeded {@link brussels.socialhealth.examples.sample.DirectoryGenerator} over
 *       {@link brussels.socialhealth.examples.sample.SampleCommune}s, which the benchmarks also use at scale.
 *   <li>{@link brussels.socialhealth.examples.sample.SampleEvents}: concertations, change workshops,
 *       working groups, a prevention meeting and open-house weeks with hosts and visitors, also shipped as
 *       the JSON resource {@code events-sample.json}; its Sud-Est events refer to the sample directory.
 *   <li>{@link brussels.socialhealth.examples.sample.SampleHelpdesk}: a seeded, deterministic generator of
 *       helpdesk cases (320 over 2024 by default, 100,000 for the benchmark) whose requesters and
 *       orientations refer to the sample directory.
 * </ul>
 */
@SocialHealthStyle
package brussels.socialhealth.examples.sample;

import brussels.socialhealth.core.SocialHealthStyle;
