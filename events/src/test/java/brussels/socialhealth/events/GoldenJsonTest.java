package brussels.socialhealth.events;

import org.junit.jupiter.api.Test;

class GoldenJsonTest {

  @Test
  void concertationWritesIdenticalJsonUnderBothJacksonLines() {
    GoldenJson.assertGolden(getClass(), "concertation", Fixtures.concertation(), Concertation.class);
  }
}
